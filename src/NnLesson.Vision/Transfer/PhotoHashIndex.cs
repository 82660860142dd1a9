using System.Globalization;
using System.Text;
using NnLesson.Files;

namespace NnLesson.Vision.Transfer;

/// <summary>
/// The SHA-256 of every photo seen before, remembered with its size and last-write time, as git's index does: a photo
/// whose full path, size and time still match is not read again to find its cache key. Without it a fully cached
/// teach read and hashed the whole data set on every run (hymenoptera: 398 photos, 46 MB). A photo rewritten in place
/// keeping both its size and its time to the tick would keep its old key; any other change (an edit, a copy, a
/// replacement) is hashed again. One text file in the feature cache's folder, <see cref="FileName"/>, a line per photo:
/// SHA-256, bytes, last-write ticks (UTC), full path, tab-separated. Lines that do not parse are ignored; when the file
/// cannot be read or written, photos are simply hashed each time. Used by one thread at a time.
/// </summary>
internal sealed class PhotoHashIndex
{
    public const string FileName = "photo-sha256.tsv";

    private readonly string _path;
    private readonly Dictionary<string, (string Sha256, long Bytes, long WrittenTicks)> _entries;
    private bool _changed;

    private PhotoHashIndex(string path, Dictionary<string, (string, long, long)> entries)
    {
        _path = path;
        _entries = entries;
    }

    /// <summary>The index kept in <paramref name="folder"/> (empty when there is none or it cannot be read).</summary>
    public static PhotoHashIndex Load(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var entries = new Dictionary<string, (string, long, long)>(StringComparer.Ordinal);
        try
        {
            if (File.Exists(path))
            {
                foreach (var line in File.ReadLines(path))
                {
                    var fields = line.Split('\t');
                    if (fields.Length == 4 && fields[0].Length == 64 && fields[0].All(char.IsAsciiHexDigitLower)
                        && long.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                        && long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && Path.IsPathFullyQualified(fields[3]))
                    {
                        entries[fields[3]] = (fields[0], bytes, ticks);
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            entries.Clear(); // an unreadable index is no index
        }
        return new PhotoHashIndex(path, entries);
    }

    /// <summary>
    /// The photo's SHA-256 (lower-case hex): remembered when its size and time match, else read in a stream, hashed and
    /// remembered. A file that is not regular or over <see cref="Images.ImageLoader.MaxFileBytes"/> is refused from its
    /// size, before it is read (<see cref="DataFile"/>); the loader checks the image signature before it reads one.
    /// </summary>
    /// <exception cref="Core.LessonException">The file is not a photo the loader would read (one line naming it).</exception>
    /// <exception cref="IOException">The photo cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The photo may not be read.</exception>
    public string KeyOf(string photoPath)
    {
        var full = Path.GetFullPath(photoPath);
        var before = new FileInfo(full);
        if (before.Exists && _entries.TryGetValue(full, out var known)
            && known.Bytes == before.Length && known.WrittenTicks == before.LastWriteTimeUtc.Ticks)
        {
            return known.Sha256;
        }
        var sha256 = DataFile.Sha256(full, FileRole.Image, Images.ImageLoader.MaxFileBytes);
        var after = new FileInfo(full);
        // Remembered only when the file did not change while it was read; a line cannot hold a tab or a line break.
        if (after.Exists && after.Length == before.Length && after.LastWriteTimeUtc == before.LastWriteTimeUtc && full.IndexOfAny(['\t', '\n', '\r']) < 0)
        {
            _entries[full] = (sha256, after.Length, after.LastWriteTimeUtc.Ticks);
            _changed = true;
        }
        return sha256;
    }

    /// <summary>Writes the index when a photo was hashed since it was loaded (atomically; best effort).</summary>
    public void Save()
    {
        if (!_changed)
        {
            return;
        }
        var text = new StringBuilder();
        foreach (var (path, (sha256, bytes, ticks)) in _entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{sha256}\t{bytes}\t{ticks}\t{path}\n");
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            AtomicFile.WriteAllText(_path, text.ToString());
            _changed = false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache folder: the photos are hashed again next time.
        }
    }
}
