namespace NnLesson.Vision.Models;

/// <summary>Whether a catalogue file is on disk, and if so whether it is the published file.</summary>
public enum PresenceState
{
    Missing,

    /// <summary>Right size and SHA-256.</summary>
    Verified,

    /// <summary>A file of that name exists but its size or SHA-256 differs (another revision, or damaged).</summary>
    Different,
}

/// <summary>Where one catalogue file was found (<paramref name="Path"/> is null when missing).</summary>
public sealed record FilePresence(CatalogFile File, string? Path, PresenceState State);

/// <summary>Looks for catalogue files in the folders a classifier would search, checking each by size and SHA-256.</summary>
public static class ModelCatalogPresence
{
    /// <summary>
    /// The first folder holding a verified copy; else the first holding a file of that name that differs;
    /// else <see cref="PresenceState.Missing"/>. Folders are searched in the given order.
    /// </summary>
    public static FilePresence Find(CatalogFile file, IEnumerable<string> folders)
    {
        FilePresence? different = null;
        foreach (var folder in folders.Distinct(StringComparer.Ordinal))
        {
            var path = System.IO.Path.Combine(folder, file.FileName);
            if (!System.IO.File.Exists(path))
            {
                continue;
            }
            if (ModelDownloader.IsVerified(path, DownloadSource.SpecFor(file, mirror: null)))
            {
                return new FilePresence(file, path, PresenceState.Verified);
            }
            different ??= new FilePresence(file, path, PresenceState.Different);
        }
        return different ?? new FilePresence(file, null, PresenceState.Missing);
    }
}
