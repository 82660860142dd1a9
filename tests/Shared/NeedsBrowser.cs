namespace NnLesson.Tests.Shared;

/// <summary>
/// A Chromium-family browser for the page tests, found the way a user has one: the file named by NNLESSON_BROWSER,
/// else chromium/chrome/msedge on PATH, else the usual install locations on Linux, Windows and macOS. Playwright drives
/// it; it never downloads a browser of its own. Without one, the page tests are skipped with <see cref="MissingReason"/>.
/// </summary>
public static class NeedsBrowser
{
    public const string Variable = "NNLESSON_BROWSER";

    /// <summary>Program names looked up on PATH, in order (Windows adds ".exe").</summary>
    public static readonly string[] Names =
        ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome", "msedge", "microsoft-edge"];

    private static readonly Lazy<string?> Found = new(() => Find(Environment.GetEnvironmentVariable, File.Exists));

    /// <summary>The browser's executable, or null when none was found.</summary>
    public static string? Executable => Found.Value;

    /// <summary>Null when a browser was found; else one line saying how to provide one.</summary>
    public static string? MissingReason => Executable is null
        ? $"needs a Chromium-family browser (chromium, Google Chrome or Microsoft Edge): none on PATH or in the usual " +
          $"install locations; install one or name its executable in {Variable}"
        : null;

    /// <summary>
    /// The search itself, with the environment and the file system passed in so that tests can give it any machine.
    /// A variable that names a file that does not exist finds nothing (a typo must not silently pick another browser).
    /// </summary>
    public static string? Find(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        if (environment(Variable) is { Length: > 0 } named)
        {
            return fileExists(named) ? Path.GetFullPath(named) : null;
        }
        var onPath = (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => Names.Select(name => Path.Combine(dir, OperatingSystem.IsWindows() ? name + ".exe" : name)));
        return onPath.Concat(UsualLocations(environment)).FirstOrDefault(fileExists);
    }

    private static IEnumerable<string> UsualLocations(Func<string, string?> environment)
    {
        if (OperatingSystem.IsWindows())
        {
            string[] roots = [.. new[] { "ProgramFiles", "ProgramFiles(x86)", "LOCALAPPDATA" }
                .Select(environment).OfType<string>().Where(r => r.Length > 0)];
            return roots.SelectMany(root => new[]
            {
                Path.Combine(root, "Google", "Chrome", "Application", "chrome.exe"),
                Path.Combine(root, "Chromium", "Application", "chrome.exe"),
                Path.Combine(root, "Microsoft", "Edge", "Application", "msedge.exe"),
            });
        }
        if (OperatingSystem.IsMacOS())
        {
            return
            [
                "/Applications/Chromium.app/Contents/MacOS/Chromium",
                "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
                "/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge",
            ];
        }
        return
        [
            "/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium", "/usr/bin/google-chrome",
            "/opt/google/chrome/chrome", "/usr/bin/microsoft-edge", "/opt/microsoft/msedge/msedge",
        ];
    }
}

/// <summary>A fact that drives a browser: skipped with the reason when none is found.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = NeedsBrowser.MissingReason;
}

/// <summary>A theory that drives a browser: skipped with the reason when none is found.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = NeedsBrowser.MissingReason;
}
