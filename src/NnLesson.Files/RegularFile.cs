using System.Runtime.InteropServices;
using NnLesson.Core;

namespace NnLesson.Files;

/// <summary>What a path names, found without opening it (opening a FIFO for reading blocks until a writer comes).</summary>
public enum FileKind
{
    Missing,
    Directory,
    Regular,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// Refuses anything that is not a regular file before it is opened. A FIFO named <c>photo.jpg</c> in a classify
/// folder, or a FIFO as a download source, made the program block in open() forever (and swallow Ctrl+C); a
/// device such as /dev/zero never ends. .NET reports all of these as ordinary files (<see cref="File.Exists"/> is
/// true, the attributes are Normal), so the file type comes from stat(2) — following symbolic links, so a link
/// to a FIFO is refused too — through the runtime's own native shim (libSystem.Native, which ships with every
/// .NET on Linux and macOS, so no per-platform struct layout is needed here). On Windows there are no such
/// files on a disk path, and the check is File/Directory.Exists.
/// </summary>
public static class RegularFile
{
    /// <summary>The kind of file <paramref name="path"/> names (symbolic links followed).</summary>
    public static FileKind KindOf(string path)
    {
        if (Directory.Exists(path))
        {
            return FileKind.Directory;
        }
        if (!File.Exists(path))
        {
            return FileKind.Missing;
        }
        if (OperatingSystem.IsWindows())
        {
            return FileKind.Regular;
        }
        int mode;
        try
        {
            var status = new byte[StatusBufferBytes];
            if (Stat(path, status) != 0)
            {
                return File.Exists(path) ? FileKind.Other : FileKind.Missing;
            }
            mode = BitConverter.ToInt32(status, ModeOffset);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return FileKind.Regular; // a runtime without the shim: no way to tell, so behave as before
        }
        return (mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    /// <summary>
    /// Returns <paramref name="path"/> when it names a regular file; otherwise one <see cref="LessonException"/>
    /// line: "<paramref name="what"/> 'PATH' was not found / is a folder / is a FIFO (named pipe), not a regular file".
    /// </summary>
    public static string Require(string path, string what)
    {
        var kind = KindOf(path);
        return kind switch
        {
            FileKind.Regular => path,
            FileKind.Missing => throw new LessonException($"{Ukrainian(what)} «{path}» не знайдено.", $"{what} '{path}' was not found."),
            FileKind.Directory => throw new LessonException($"{Ukrainian(what)} «{path}» — це папка, а не файл.", $"{what} '{path}' is a folder, not a file."),
            _ => throw new LessonException(
                $"{Ukrainian(what)} «{path}» — не звичайний файл ({DescribeUkrainian(kind)}); його не читаємо (читання могло б зависнути або не закінчитися).",
                $"{what} '{path}' is {Describe(kind)}, not a regular file; it is not read (it could block or never end)."),
        };
    }

    /// <summary>The Ukrainian for the file kinds the program names ("Image" → «Фото»); anything else as given.</summary>
    public static string Ukrainian(string what) => what switch
    {
        "Image" => "Фото",
        "Model" => "Модель",
        "Labels file" => "Файл назв класів",
        "Head file" => "Файл голови",
        _ when what.StartsWith("The model given by ", StringComparison.Ordinal) => "Модель, задану через " + what["The model given by ".Length..] + ",",
        _ when what.StartsWith("The labels file given by ", StringComparison.Ordinal) => "Файл назв класів, заданий через " + what["The labels file given by ".Length..] + ",",
        _ => what,
    };

    /// <summary>Opens a regular file for reading after <see cref="Require"/>; IO errors become one line naming the file.</summary>
    public static FileStream OpenRead(string path, string what)
    {
        Require(path, what);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new LessonException($"Не вдалося прочитати: {Ukrainian(what)} «{path}»: {e.Message}", $"Cannot read {what.ToLowerInvariant()} '{path}': {e.Message}", e);
        }
    }

    /// <summary>"a FIFO (named pipe)", "a character device", … for messages.</summary>
    public static string DescribeUkrainian(FileKind kind) => kind switch
    {
        FileKind.Fifo => "FIFO, іменований канал",
        FileKind.CharacterDevice => "символьний пристрій",
        FileKind.BlockDevice => "блоковий пристрій",
        FileKind.Socket => "сокет",
        _ => "спеціальний файл",
    };

    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        FileKind.Directory => "a folder",
        FileKind.Missing => "missing",
        FileKind.Regular => "a regular file",
        _ => "a special file",
    };

    // libSystem.Native's FileStatus: int Flags, int Mode (st_mode with the S_IFMT bits), then uid, gid, size, times…
    // (about 120 bytes); a generous buffer keeps us safe if later runtimes append fields.
    private const int StatusBufferBytes = 512;
    private const int ModeOffset = 4;
    private const int TypeMask = 0xF000;

    // DllImport rather than LibraryImport: the generated stub would need unsafe code in this project for one call.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
