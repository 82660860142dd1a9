using NnLesson.Core;
using NnLesson.Vision.Classification;
using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Models;

/// <summary>The search order --model → NNLESSON_MODEL → models/ → ../shared/models → none, with the environment passed in.</summary>
public class ModelResolverTests
{
    private readonly FakeRepo _repo = new();

    [Fact]
    public void Nothing_anywhere_means_no_model()
    {
        Assert.Null(ModelResolver.Resolve(null, null, null, _repo.Root));
        Assert.Null(ModelResolver.Resolve(null, null, "", null));
    }

    [Fact]
    public void Shared_models_are_the_last_resort()
    {
        var shared = FakeRepo.Touch(_repo.SharedModels, "mobilenetv2-12-int8.onnx");
        var found = ModelResolver.Resolve(null, null, null, _repo.Root);
        Assert.Equal(new ModelLocation(shared, null, "../shared/models"), found);
    }

    [Fact]
    public void Repo_models_folder_beats_shared_and_prefers_resnet18()
    {
        FakeRepo.Touch(_repo.SharedModels, "mobilenetv2-12-int8.onnx");
        FakeRepo.Touch(_repo.RepoModels, "alexnet.onnx");
        var resnet = FakeRepo.Touch(_repo.RepoModels, "resnet18-v1-7.onnx");
        FakeRepo.Touch(_repo.RepoModels, "resnet18-v1-7.onnx.sha256"); // not a model
        var found = ModelResolver.Resolve(null, null, null, _repo.Root)!;
        Assert.Equal((resnet, "models/"), (found.ModelPath, found.Source));
        Assert.Equal("resnet18-v1-7", found.ModelName);
    }

    [Fact]
    public void Without_resnet18_the_first_onnx_by_name_is_taken()
    {
        FakeRepo.Touch(_repo.RepoModels, "squeezenet.onnx");
        var alexnet = FakeRepo.Touch(_repo.RepoModels, "alexnet.onnx");
        Assert.Equal(alexnet, ModelResolver.Resolve(null, null, null, _repo.Root)!.ModelPath);
    }

    [Fact]
    public void Environment_variable_beats_the_folders()
    {
        FakeRepo.Touch(_repo.RepoModels, "resnet18.onnx");
        var chosen = FakeRepo.Touch(Path.Combine(_repo.Root, "elsewhere"), "mine.onnx");
        var found = ModelResolver.Resolve(null, null, chosen, _repo.Root)!;
        Assert.Equal((chosen, "NNLESSON_MODEL"), (found.ModelPath, found.Source));
    }

    [Fact]
    public void Explicit_model_beats_everything()
    {
        FakeRepo.Touch(_repo.RepoModels, "resnet18.onnx");
        var fromEnvironment = FakeRepo.Touch(Path.Combine(_repo.Root, "env"), "env.onnx");
        var explicitModel = FakeRepo.Touch(Path.Combine(_repo.Root, "cli"), "cli.onnx");
        var found = ModelResolver.Resolve(explicitModel, null, fromEnvironment, _repo.Root)!;
        Assert.Equal((explicitModel, "--model"), (found.ModelPath, found.Source));
    }

    [Fact]
    public void Missing_explicit_model_is_an_error_not_a_fallback()
    {
        FakeRepo.Touch(_repo.RepoModels, "resnet18.onnx");
        var typo = Path.Combine(_repo.Root, "resnet81.onnx");
        var error = Assert.Throws<LessonException>(() => ModelResolver.Resolve(typo, null, null, _repo.Root));
        Assert.Contains("--model", error.Message);
        Assert.Contains("resnet81.onnx", error.Message);
        Assert.Contains("not found", error.Message);
    }

    [Fact]
    public void Missing_environment_model_and_folder_as_model_are_errors()
    {
        var error = Assert.Throws<LessonException>(() => ModelResolver.Resolve(null, null, "/no/such/model.onnx", _repo.Root));
        Assert.Contains("NNLESSON_MODEL", error.Message);
        var folderError = Assert.Throws<LessonException>(() => ModelResolver.Resolve(_repo.Root, null, null, null));
        Assert.Contains("is a folder", folderError.Message);
    }

    [Fact]
    public void Labels_beside_the_model_are_found_and_explicit_labels_win()
    {
        var model = FakeRepo.Touch(_repo.RepoModels, "resnet18.onnx");
        Assert.Null(ModelResolver.Resolve(null, null, null, _repo.Root)!.LabelsPath);

        var synset = FakeRepo.Touch(_repo.RepoModels, "synset_words.txt");
        Assert.Equal(synset, ModelResolver.Resolve(null, null, null, _repo.Root)!.LabelsPath);
        var classes = FakeRepo.Touch(_repo.RepoModels, "imagenet_classes.txt");
        Assert.Equal(classes, ModelResolver.Resolve(null, null, null, _repo.Root)!.LabelsPath); // preferred over synset_words

        var mine = FakeRepo.Touch(_repo.Root, "my_labels.txt");
        Assert.Equal(mine, ModelResolver.Resolve(model, mine, null, null)!.LabelsPath);
        var error = Assert.Throws<LessonException>(() => ModelResolver.Resolve(model, Path.Combine(_repo.Root, "nope.txt"), null, null));
        Assert.Contains("--labels", error.Message);
    }

    [Fact]
    public void No_location_gives_the_colour_fallback()
    {
        using var classifier = ModelResolver.CreateClassifier(null);
        Assert.IsType<ColorFallbackClassifier>(classifier);
        Assert.Equal("fallback", classifier.Backend);
    }
}
