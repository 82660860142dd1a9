using NnLesson.Cli;
using NnLesson.Cli.Commands;

using var interrupts = Interrupts.Install(Console.Error, CliLanguage.From(args, Environment.GetEnvironmentVariable(CliLanguage.Variable)));
return NnLessonApp.Run(args, Console.Out, Console.Error, CliConsole.IsInteractive());
