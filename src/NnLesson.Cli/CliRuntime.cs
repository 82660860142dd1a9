using Spectre.Console;

namespace NnLesson.Cli;

/// <summary>The console streams one invocation writes to; commands get it instead of touching <see cref="Console"/>, so tests run them in-process.</summary>
internal sealed record CliRuntime(IAnsiConsole Console, TextWriter Output, TextWriter Error, bool Interactive);
