using NnLesson.Cli;

namespace NnLesson.Deck.Tests;

/// <summary>One `nnlesson all` per language at a small size, shared by the browser tests (it is the slow part).</summary>
public sealed class DeckRun
{
    private readonly Dictionary<string, string> _folders = [];
    private readonly Lock _lock = new();

    /// <summary>The output folder of `all --lang <paramref name="lang"/>`, made on first use.</summary>
    public string Folder(string lang)
    {
        lock (_lock)
        {
            if (!_folders.TryGetValue(lang, out var folder))
            {
                folder = RepoPaths.NewTempFolder($"deck-{lang}");
                var output = new StringWriter();
                var error = new StringWriter();
                var exit = NnLessonApp.Run(["all", "--out", folder, "--lang", lang, "--size", "640x360"], output, error);
                Assert.True(exit == 0, $"all failed ({exit}): {error}");
                _folders[lang] = folder;
            }
            return folder;
        }
    }
}
