using NnLesson.Cli;

return NnLessonApp.Run(args, Console.Out, Console.Error, CliConsole.IsInteractive());
