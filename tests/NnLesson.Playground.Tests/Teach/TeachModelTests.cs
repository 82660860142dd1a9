using NnLesson.Playground.Teach;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>The session's classes and photos: 2–10 classes, names that can be folders, the photo caps, nothing half-changed on a refusal.</summary>
public class TeachModelTests
{
    private static SampleFeatures Features(int seed) => new($"{seed:x64}", [.. Enumerable.Range(0, 512).Select(i => (float)((i * 7 + seed) % 13))], false);

    [Fact]
    public void It_starts_with_two_classes_and_takes_up_to_ten()
    {
        var model = new TeachModel();
        Assert.Equal(["A", "B"], model.Classes.Select(c => c.Name));
        for (var k = 3; k <= TeachLimits.MaxClasses; k++)
        {
            model.AddClass($"class {k}");
        }
        var refusal = Assert.Throws<TeachRejection>(() => model.AddClass("one too many"));
        Assert.Contains("10", refusal.Reason.En);
        Assert.Contains("10", refusal.Reason.Uk);
        Assert.Equal(TeachLimits.MaxClasses, model.Classes.Count);
    }

    [Fact]
    public void Two_classes_are_the_minimum_and_names_are_unique_ignoring_case()
    {
        var model = new TeachModel();
        Assert.Throws<TeachRejection>(() => model.RemoveClass(model.Classes[0].Id));
        Assert.Equal(2, model.Classes.Count);
        Assert.Throws<TeachRejection>(() => model.Rename(model.Classes[0].Id, " b "));
        Assert.Equal("A", model.Classes[0].Name);
        model.Rename(model.Classes[0].Id, "  cup  ");
        Assert.Equal("cup", model.Classes[0].Name);
        model.Rename(model.Classes[0].Id, "Cup"); // renaming a class to its own name in other case is fine
        Assert.Equal("Cup", model.Classes[0].Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("..")]
    [InlineData("tab\there")]
    [InlineData("this name is far longer than forty characters")]
    public void A_name_that_cannot_be_a_folder_is_refused(string name)
    {
        var model = new TeachModel();
        Assert.Throws<TeachRejection>(() => model.AddClass(name));
        Assert.Equal(2, model.Classes.Count);
    }

    [Fact]
    public void Photos_per_class_and_per_session_are_capped_and_the_reason_names_the_file()
    {
        var model = new TeachModel();
        var a = model.Classes[0].Id;
        for (var i = 0; i < TeachLimits.MaxPhotosPerClass; i++)
        {
            model.AddSample(a, $"a{i}.jpg", Features(i), PhotoSubset.Unassigned);
        }
        var perClass = Assert.Throws<TeachRejection>(() => model.AddSample(a, "extra.jpg", Features(1), PhotoSubset.Unassigned));
        Assert.Contains("extra.jpg", perClass.Reason.En);
        Assert.Contains("extra.jpg", perClass.Reason.Uk);
        Assert.Equal(TeachLimits.MaxPhotosPerClass, model.Classes[0].Samples.Count);

        var classes = new List<int> { model.Classes[1].Id };
        while (model.SampleCount < TeachLimits.MaxPhotosPerSession)
        {
            var target = classes[^1];
            if (model.Class(target).Samples.Count == TeachLimits.MaxPhotosPerClass)
            {
                classes.Add(model.AddClass($"c{classes.Count}").Id);
                continue;
            }
            model.AddSample(target, "x.jpg", Features(2), PhotoSubset.Unassigned);
        }
        var fresh = model.AddClass("fresh").Id;
        var perSession = Assert.Throws<TeachRejection>(() => model.AddSample(fresh, "last.jpg", Features(3), PhotoSubset.Unassigned));
        Assert.Contains(TeachLimits.MaxPhotosPerSession.ToString(), perSession.Reason.En);
        Assert.Equal(TeachLimits.MaxPhotosPerSession, model.SampleCount);
    }

    [Fact]
    public void Removing_a_photo_or_a_class_takes_its_photos_away()
    {
        var model = new TeachModel();
        var s = model.AddSample(model.Classes[0].Id, "a.jpg", Features(1), PhotoSubset.Unassigned);
        model.AddSample(model.Classes[1].Id, "b.jpg", Features(2), PhotoSubset.Unassigned);
        var c = model.AddClass("C");
        model.AddSample(c.Id, "c.jpg", Features(3), PhotoSubset.Unassigned);
        model.RemoveSample(s.Id);
        Assert.Throws<TeachRejection>(() => model.RemoveSample(s.Id));
        model.RemoveClass(c.Id);
        Assert.Equal(1, model.SampleCount);
        Assert.Throws<TeachRejection>(() => model.AddSample(c.Id, "late.jpg", Features(4), PhotoSubset.Unassigned));
    }
}
