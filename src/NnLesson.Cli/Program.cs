using NnLesson.Cli;
using NnLesson.Cli.Commands;

using var interrupts = Interrupts.Install(Console.Error);
return NnLessonApp.Run(args, Console.Out, Console.Error, CliConsole.IsInteractive());
