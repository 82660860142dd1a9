using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Globalization;
using NnLesson.Figures;

namespace NnLesson.Cli;

/// <summary>
/// `--help` in the command line's language. The descriptions are the commands' own (made in that language); the
/// headings, the usage line and the default-value labels are System.CommandLine's, which has no Ukrainian (and keeps
/// its help builder internal), so in Ukrainian the help is written here: description, usage, arguments, options,
/// commands, two columns as System.CommandLine lays them out.
/// </summary>
internal static class LocalizedHelp
{
    public static void Install(RootCommand root, Lang lang, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = lang.Text("Показати довідку: що робить команда і які в неї параметри.", "Show help and usage information.");
                if (lang == Lang.Uk)
                {
                    help.Action = new UkrainianHelp(output);
                }
            }
            else if (option is VersionOption version)
            {
                version.Description = lang.Text("Показати версію програми.", "Show version information.");
            }
        }
    }

    private sealed class UkrainianHelp(TextWriter output) : SynchronousCommandLineAction
    {
        /// <summary>As System.CommandLine's own help: `classify --help` shows help, not "argument missing".</summary>
        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult)
        {
            output.Write(Write(parseResult.CommandResult.Command));
            return 0;
        }
    }

    /// <summary>The help of <paramref name="command"/> in Ukrainian.</summary>
    internal static string Write(Command command)
    {
        var text = new StringWriter { NewLine = "\n" };
        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            text.WriteLine("Опис:");
            text.WriteLine("  " + command.Description);
            text.WriteLine();
        }
        text.WriteLine("Використання:");
        text.WriteLine("  " + Usage(command));
        text.WriteLine();
        Section(text, "Аргументи:", command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")));
        Section(text, "Параметри:", VisibleOptions(command).Select(o => (Label(o), Describe(o))));
        Section(text, "Команди:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
        return text.ToString();
    }

    /// <summary>"nnlesson slide6 [параметри]", "nnlesson classify &lt;paths&gt;... [параметри]", "nnlesson [команда] [параметри]".</summary>
    private static string Usage(Command command)
    {
        var path = new List<string>();
        for (Symbol? s = command; s is Command c; s = c.Parents.FirstOrDefault())
        {
            path.Insert(0, c is RootCommand ? "nnlesson" : c.Name);
        }
        path.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => a.Arity.MaximumNumberOfValues > 1 ? $"<{a.HelpName ?? a.Name}>..." : $"<{a.HelpName ?? a.Name}>"));
        if (command.Subcommands.Any(c => !c.Hidden))
        {
            path.Add("[команда]");
        }
        if (VisibleOptions(command).Any())
        {
            path.Add("[параметри]");
        }
        return string.Join(' ', path);
    }

    private static void Section(TextWriter text, string heading, IEnumerable<(string Label, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }
        text.WriteLine(heading);
        var width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            text.WriteLine("  " + label.PadRight(width) + description);
        }
        text.WriteLine();
    }

    /// <summary>"-o, --out &lt;out&gt;"; a switch (bool) has no value.</summary>
    private static string Label(Option option)
    {
        // Windows-style "/?" and "/h" and "-?" are accepted but not listed.
        var names = option.Aliases.Append(option.Name).Distinct().Where(n => n.StartsWith('-') && n != "-?").OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        return option.ValueType == typeof(bool) || option.Arity.MaximumNumberOfValues == 0 ? label : $"{label} <{option.HelpName ?? option.Name.TrimStart('-')}>";
    }

    /// <summary>The description and, when the option has a default worth showing, "[типово: …]".</summary>
    private static string Describe(Option option)
    {
        var description = option.Description ?? "";
        if (option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value
            && Convert.ToString(value, CultureInfo.InvariantCulture) is { Length: > 0 } shown)
        {
            description += $" [типово: {shown}]";
        }
        return description;
    }

    /// <summary>The command's own options, then the recursive ones of its parents (--help, --version), as System.CommandLine lists them.</summary>
    private static IEnumerable<Option> VisibleOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden).ToList();
        var inherited = new List<Option>();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            inherited.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && !own.Contains(o)));
        }
        return own.Concat(inherited);
    }
}
