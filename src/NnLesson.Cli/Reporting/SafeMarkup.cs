using NnLesson.Files;
using Spectre.Console;

namespace NnLesson.Cli.Reporting;

/// <summary>Text for Spectre markup that may come from files: control characters escaped (<see cref="ConsoleText"/>), then [ and ] escaped.</summary>
internal static class SafeMarkup
{
    public static string Of(string text, bool keepLineBreaks = false) => Markup.Escape(ConsoleText.Safe(text, keepLineBreaks));
}
