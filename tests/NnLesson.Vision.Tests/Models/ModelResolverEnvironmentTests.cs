using NnLesson.Vision.Models;

namespace NnLesson.Vision.Tests.Models;

/// <summary>The public <see cref="ModelResolver.Resolve(string?, string?)"/> really reads NNLESSON_MODEL.</summary>
[Collection(EnvironmentCollection.Name)]
public class ModelResolverEnvironmentTests
{
    [Fact]
    public void Reads_NNLESSON_MODEL_from_the_process_environment()
    {
        var repo = new FakeRepo();
        var model = FakeRepo.Touch(repo.RepoModels, "from-env.onnx");
        var before = Environment.GetEnvironmentVariable(ModelResolver.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(ModelResolver.EnvironmentVariable, model);
            var found = ModelResolver.Resolve(null);
            Assert.Equal((model, "NNLESSON_MODEL"), (found!.ModelPath, found.Source));
        }
        finally
        {
            Environment.SetEnvironmentVariable(ModelResolver.EnvironmentVariable, before);
        }
    }
}
