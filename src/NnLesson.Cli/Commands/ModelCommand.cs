using NnLesson.Figures;
using System.CommandLine;
using NnLesson.Core;
using NnLesson.Files;
using NnLesson.Vision.Models;
using Spectre.Console;

namespace NnLesson.Cli.Commands;

/// <summary>
/// `nnlesson model list` — the downloadable models, where each file already is, and which model
/// `classify` would use; `nnlesson model download NAME [--dir DIR] [--source URL]` — fetch a model and its
/// class names, each verified by size and SHA-256 before it is renamed into place.
/// </summary>
internal static class ModelCommand
{
    public static Command Create(CliRuntime runtime)
    {
        var command = new Command("model", runtime.T("Перелік попередньо навчених моделей для завантаження або завантаження однієї (розмір і sha256 перевіряються).",
            "List the downloadable pretrained models, or download one (size and sha256 verified)."));
        // Read before parsing (CliLanguage); declared so `model list --lang en` parses and --help lists it.
        var lang = new Option<string>("--lang")
        {
            Description = runtime.T("Мова виводу: uk або en; типово — NNLESSON_LANG, інакше uk.", "Output language: uk or en; default NNLESSON_LANG, else uk."),
            DefaultValueFactory = _ => runtime.DefaultLangCode,
            Recursive = true,
        };
        lang.AcceptOnlyFromAmong("uk", "en");
        command.Options.Add(lang);
        command.Subcommands.Add(CreateList(runtime));
        command.Subcommands.Add(CreateDownload(runtime));
        return command;
    }

    /// <summary>The default download folder: the repository's models/ (git-ignored, searched by <see cref="ModelResolver"/>), else ./models.</summary>
    public static string DefaultFolder() =>
        RepoLocator.FindRepoRoot() is { } root ? Path.Combine(root, "models") : Path.GetFullPath("models");

    /// <summary>The folders <see cref="ModelResolver"/> searches when neither --model nor NNLESSON_MODEL is given, in its order.</summary>
    public static IReadOnlyList<string> SearchFolders() =>
        RepoLocator.FindRepoRoot() is { } root
            ? ModelResolver.SearchFolders(root).Select(f => f.Folder).ToList()
            : [DefaultFolder()];

    private static Command CreateList(CliRuntime runtime)
    {
        var command = new Command("list", runtime.T("Показати моделі, які може завантажити «model download», і чи їхні файли вже тут.", "Show the models 'model download' can fetch and whether their files are already here."));
        command.SetAction(_ =>
        {
            var folders = SearchFolders();
            foreach (var model in ModelCatalog.All)
            {
                // One narrow table per model (it must fit 80 columns in CI logs); where each file is goes below it.
                runtime.Output.WriteLine($"{model.Name}: {model.Description}");
                var table = new Table().Border(TableBorder.Rounded)
                    .AddColumn(runtime.T("Файл", "File")).AddColumn(new TableColumn(runtime.T("Розмір", "Size")).RightAligned()).AddColumn("SHA-256").AddColumn(runtime.T("Стан", "Status"));
                var found = model.Files.Select(f => ModelCatalogPresence.Find(f, folders)).ToList();
                foreach (var presence in found)
                {
                    table.AddRow(Markup.Escape(presence.File.FileName), ByteSize.Format(presence.File.Size),
                        presence.File.ShortSha256 + "…", Status(presence, runtime));
                }
                runtime.Console.Write(table);
                foreach (var presence in found.Where(p => p.Path is not null))
                {
                    runtime.Output.WriteLine($"  {presence.File.FileName}: {presence.Path}");
                }
            }
            WriteBackbone(runtime);
            runtime.Output.WriteLine(runtime.T("Завантаження: nnlesson model download НАЗВА [--dir ПАПКА] [--source URL]", "Download: nnlesson model download NAME [--dir DIR] [--source URL]"));
            runtime.Output.WriteLine(runtime.T($"Типова папка: {DefaultFolder()}", $"Default folder: {DefaultFolder()}"));
            runtime.Output.WriteLine(WhatClassifyWouldUse(runtime));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The ResNet-18 backbone that restore brings (not downloadable here, not a classifier): where it is and whether it verifies.</summary>
    private static void WriteBackbone(CliRuntime runtime)
    {
        runtime.Output.WriteLine(runtime.T("resnet18-backbone: ResNet-18 з лекції без голови на 1000 класів (слайд 7; карти ознак слайда 8), для класифікації не використовується",
            "resnet18-backbone: the lecture's ResNet-18 without its 1000-class head (slide 7; slide 8's feature maps), never used to classify"));
        var package = ModelResolver.ResolveBackbone();
        var status = runtime.T("[red]немає: виконайте «dotnet restore»[/]", "[red]missing: run 'dotnet restore'[/]");
        if (package is not null)
        {
            try
            {
                package.Verified();
                status = runtime.T("[green]перевірено[/]", "[green]verified[/]");
            }
            catch (LessonException)
            {
                status = runtime.T("[red]пошкоджено[/]", "[red]damaged[/]");
            }
        }
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(runtime.T("Файл", "File")).AddColumn(new TableColumn(runtime.T("Розмір", "Size")).RightAligned()).AddColumn("SHA-256").AddColumn(runtime.T("Стан", "Status"));
        table.AddRow("ResNet18.onnx", ByteSize.Format(ResNet18Package.BackboneBytes), ResNet18Package.BackboneSha256[..12] + "…", status);
        runtime.Console.Write(table);
        runtime.Output.WriteLine(runtime.T($"  джерело: {ResNet18Package.Origin}, приносить «dotnet restore»", $"  from: {ResNet18Package.Origin}, brought by 'dotnet restore'"));
        if (package is not null)
        {
            runtime.Output.WriteLine($"  ResNet18.onnx: {package.BackboneFile}");
        }
    }

    private static Command CreateDownload(CliRuntime runtime)
    {
        var name = new Argument<string>("name") { Description = runtime.T($"Модель для завантаження: {string.Join(", ", ModelCatalog.Names)}.", $"The model to fetch: {string.Join(", ", ModelCatalog.Names)}.") };
        name.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (ModelCatalog.Find(value) is null)
            {
                result.AddError(runtime.T($"невідома модель «{value}»; відомі: {string.Join(", ", ModelCatalog.Names)}.", $"Unknown model '{value}'; known models: {string.Join(", ", ModelCatalog.Names)}."));
            }
        });
        var dir = new Option<string?>("--dir")
        {
            Description = runtime.T("Папка для збереження (створюється, якщо її немає). Типово: models/ репозиторію, інакше ./models.", "Folder to save into (created if missing). Default: the repository's models/ folder, else ./models."),
        };
        var source = new Option<string?>("--source")
        {
            Description = runtime.T($"Дзеркало з файлами під їхніми звичайними назвами: базова адреса http(s) або папка. Типово: ${ModelCatalog.SourceVariable}, інакше початкові адреси.",
                $"A mirror holding the files under their plain names: an http(s) base URL or a folder. Default: ${ModelCatalog.SourceVariable}, else the original addresses."),
        };
        source.Validators.Add(result =>
        {
            try
            {
                DownloadSource.Parse(result.GetValueOrDefault<string?>() ?? "", "--source");
            }
            catch (LessonException e)
            {
                result.AddError(e.MessageIn(runtime.Lang));
            }
        });

        var command = new Command("download", runtime.T("Завантажити попередньо навчену модель і назви класів ImageNet; кожен файл перевіряється (розмір, sha256) перед збереженням.",
            "Download a pretrained model and its ImageNet class names; each file is verified (size, sha256) before it is saved."));
        command.Arguments.Add(name);
        command.Options.Add(dir);
        command.Options.Add(source);
        command.SetAction(async (parse, cancellation) =>
        {
            var model = ModelCatalog.Find(parse.GetValue(name)!)!;
            var mirror = DownloadSource.Resolve(parse.GetValue(source));
            var folder = Path.GetFullPath(parse.GetValue(dir) ?? DefaultFolder());
            var specs = model.Files.Select(f => DownloadSource.SpecFor(f, mirror)).ToList();

            var results = await FileDownloads.RunAsync(runtime, specs, folder, cancellation);
            var picked = TryResolve(out _);
            runtime.Output.WriteLine(picked is not null && picked.ModelPath == results[0].Path
                ? runtime.T($"{model.Name} готова: nnlesson classify ФОТО", $"{model.Name} is ready: nnlesson classify PHOTO")
                : runtime.T($"{model.Name} готова: nnlesson classify ФОТО --model {results[0].Path}", $"{model.Name} is ready: nnlesson classify PHOTO --model {results[0].Path}"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>What <see cref="ModelResolver"/> picks with no --model, and by which rule (or why the fallback runs).</summary>
    private static string WhatClassifyWouldUse(CliRuntime runtime)
    {
        var location = TryResolve(out var problem);
        if (problem is not null)
        {
            return runtime.T($"classify не спрацює: {problem}", $"classify would fail: {problem}");
        }
        return location is null
            ? runtime.T($"classify використає запасний класифікатор за середнім кольором: немає моделі .onnx у {string.Join(" чи ", SearchFolders())}, і {ModelResolver.EnvironmentVariable} не задано.",
                $"classify would use the mean-colour fallback: no .onnx model in {string.Join(" or ", SearchFolders())} and {ModelResolver.EnvironmentVariable} is not set.")
            : runtime.T($"classify використає {location.ModelPath} (знайдено за правилом «{Rule(location.Source)}»; назви класів: {location.LabelsPath ?? "поруч не знайдено"}).",
                $"classify would use {location.ModelPath} (found by the {Rule(location.Source)} rule; labels: {location.LabelsPath ?? "none found beside it"}).");
    }

    private static string Rule(string source) => source switch
    {
        ModelResolver.FromEnvironment => $"{ModelResolver.EnvironmentVariable} environment variable",
        ModelResolver.FromRepoModels => "repository models/ folder",
        ModelResolver.FromSharedModels => "../shared/models",
        _ => source,
    };

    private static ModelLocation? TryResolve(out string? problem)
    {
        try
        {
            problem = null;
            return ModelResolver.Resolve(explicitModelPath: null);
        }
        catch (LessonException e)
        {
            problem = e.Message;
            return null;
        }
    }

    private static string Status(FilePresence presence, CliRuntime runtime) => presence.State switch
    {
        PresenceState.Verified => runtime.T("[green]✓ перевірено[/]", "[green]✓ verified[/]"),
        PresenceState.Different => runtime.T("[yellow]≠ інший sha256[/]", "[yellow]≠ other sha256[/]"),
        _ => runtime.T("[grey]— немає[/]", "[grey]— missing[/]"),
    };
}
