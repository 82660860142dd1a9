using NnLesson.Core.Transfer;
using NnLesson.Playground.Teach;
using NnLesson.Vision.Transfer;

namespace NnLesson.Playground.Tests.Teach;

/// <summary>The page's step-by-step training is teach's: the same split, standardisation, start, check and HeadTrainer's numbers, bit for bit.</summary>
public class TeachTrainingTests
{
    /// <summary>Three classes of 512 "features" around different centres (seeded), like ReLU averages: non-negative.</summary>
    private static TeachModel Model(int perClass, int seed = 5, bool markValidation = false)
    {
        var random = new Random(seed);
        var model = new TeachModel("red", "green");
        model.AddClass("blue");
        for (var k = 0; k < 3; k++)
        {
            var centre = Enumerable.Range(0, 512).Select(_ => random.NextDouble()).ToArray();
            for (var i = 0; i < perClass; i++)
            {
                var f = centre.Select(c => (float)Math.Max(0, c + 0.8 * (random.NextDouble() - 0.5))).ToArray();
                var subset = markValidation ? (i % 4 == 0 ? PhotoSubset.Validation : PhotoSubset.Train) : PhotoSubset.Unassigned;
                model.AddSample(model.Classes[k].Id, $"{k}-{i}.jpg", new SampleFeatures($"{k * 1000 + i:x64}", f, false), subset);
            }
        }
        return model;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Stepping_to_the_end_gives_HeadTrainers_head_and_history_exactly(bool markValidation)
    {
        var model = Model(12, markValidation: markValidation);
        var settings = TeachSettings.Default with { Epochs = 60, LearningRate = 0.05, L2 = 0.5, Seed = 9 };
        var run = TeachTraining.Start(model, settings);
        while (!run.Finished)
        {
            run.Step();
        }

        // The reference: teach's own pieces called as TeachLesson.Execute calls them, on the same photos.
        var photos = model.Classes.SelectMany((c, k) => c.Samples.Select(s => new ExtractedPhoto(new LabelledPhoto(s.Name, k, s.Subset), s.Sha256, s.Features))).ToList();
        var data = new PhotoFolders("", ["red", "green", "blue"], [.. photos.Select(p => p.Photo)], markValidation);
        var (train, validation) = Slides.Lessons.TeachLesson.Split(data, photos, settings.ValidationFraction, settings.Seed);
        var u = train.Select(p => TrainedHead.UnitLength(p.Features)).ToArray();
        var standardizer = FeatureStandardizer.Fit(u);
        var head = SoftmaxHead.Initial(3, 512, new Random(settings.Seed));
        var history = HeadTrainer.Train(head, standardizer.Apply(u), [.. train.Select(p => p.Photo.Class)],
            [.. validation.Select(p => standardizer.Apply(TrainedHead.UnitLength(p.Features)))], [.. validation.Select(p => p.Photo.Class)],
            new HeadTrainingSettings(settings.Epochs, settings.LearningRate, settings.L2));

        Assert.Equal(train.Count, run.TrainCount);
        Assert.Equal(validation.Count, run.ValidationCount);
        Assert.Equal(markValidation ? 9 : 6, run.ValidationCount); // per class: i % 4 == 0 marks 3 of 12; the split holds out round(0.2·12) = 2
        Assert.Equal(head.W, run.Head.W);
        Assert.Equal(head.B, run.Head.B);
        Assert.Equal(history.TrainLoss, run.History.TrainLoss);
        Assert.Equal(history.ValidationAccuracy, run.History.ValidationAccuracy);
        Assert.Equal(standardizer.Mean, run.Standardizer.Mean);
        Assert.Equal(!markValidation, run.SplitBySeed);
    }

    [Theory]
    [InlineData(0, 1)]   // stopped before the first step: one step is taken, so there is a head to keep
    [InlineData(17, 17)]
    public void Stopping_keeps_the_head_so_far_which_is_HeadTrainers_with_the_epochs_taken(int stepsBeforeStop, int epochsTaken)
    {
        var model = Model(12);
        var settings = TeachSettings.Default with { Epochs = 60, LearningRate = 0.05, Seed = 3 };
        var stopped = TeachTraining.Start(model, settings);
        for (var i = 0; i < stepsBeforeStop; i++)
        {
            stopped.Step();
        }
        stopped.Stop();
        var full = TeachTraining.Start(model, settings with { Epochs = epochsTaken });
        while (!full.Finished)
        {
            full.Step();
        }

        Assert.True(stopped.Finished);
        Assert.True(stopped.Stopped);
        Assert.Equal(epochsTaken, stopped.Settings.Epochs); // what the command line and head.json name
        Assert.Equal(epochsTaken + 1, stopped.Measured);
        Assert.Equal(full.Head.W, stopped.Head.W);
        Assert.Equal(full.Head.B, stopped.Head.B);
        Assert.Equal(full.History.TrainLoss, stopped.History.TrainLoss[..(epochsTaken + 1)]);
        Assert.Equal(full.History.ValidationAccuracy, stopped.History.ValidationAccuracy[..(epochsTaken + 1)]);
        Assert.Equal(full.ValidationCorrect, stopped.ValidationCorrect);
        Assert.Contains($"--epochs {epochsTaken}", TeachCommandLine.For(stopped.Settings));
    }

    [Fact]
    public void Stopping_a_finished_run_changes_nothing()
    {
        var run = TeachTraining.Start(Model(6), TeachSettings.Default with { Epochs = 5 });
        while (!run.Finished)
        {
            run.Step();
        }
        var w = run.Head.W.ToArray();
        run.Stop();
        Assert.False(run.Stopped);
        Assert.Equal(5, run.Settings.Epochs);
        Assert.Equal(w, run.Head.W);
    }

    [Fact]
    public void The_gradient_check_runs_on_the_untrained_head_and_passes()
    {
        var run = TeachTraining.Start(Model(6), TeachSettings.Default);
        Assert.Equal(8, run.CheckPhotos);
        Assert.True(run.GradientCheck.MaxRelativeError < HeadGradientCheck.Tolerance, $"{run.GradientCheck.MaxRelativeError}");
        Assert.Equal(0, run.Measured);
    }

    [Fact]
    public void A_class_without_photos_or_with_one_photo_to_split_is_refused_in_both_languages()
    {
        var model = new TeachModel("cup", "pen");
        model.AddSample(model.Classes[0].Id, "a.jpg", new SampleFeatures(new string('0', 64), new float[512], false), PhotoSubset.Unassigned);
        var empty = Assert.Throws<TeachRejection>(() => TeachTraining.Start(model, TeachSettings.Default));
        Assert.Contains("'pen'", empty.Reason.En);
        Assert.Contains("«pen»", empty.Reason.Uk);
        model.AddSample(model.Classes[1].Id, "b.jpg", new SampleFeatures(new string('1', 64), new float[512], false), PhotoSubset.Unassigned);
        model.AddSample(model.Classes[1].Id, "c.jpg", new SampleFeatures(new string('2', 64), new float[512], false), PhotoSubset.Unassigned);
        var one = Assert.Throws<TeachRejection>(() => TeachTraining.Start(model, TeachSettings.Default));
        Assert.Contains("'cup' needs at least 2", one.Reason.En);
    }

    [Theory]
    [InlineData(0, 0.01, 1.0, 0.2)]
    [InlineData(2001, 0.01, 1.0, 0.2)]
    [InlineData(10, 0, 1.0, 0.2)]
    [InlineData(10, 11, 1.0, 0.2)]
    [InlineData(10, 0.01, -1, 0.2)]
    [InlineData(10, 0.01, 1.0, 0.6)]
    public void Settings_outside_the_caps_are_refused(int epochs, double lr, double l2, double fraction) =>
        Assert.Throws<TeachRejection>(() => TeachTraining.Start(Model(4), new TeachSettings(epochs, lr, l2, fraction, 1)));

    [Fact]
    public void The_command_line_names_only_what_differs_from_teachs_defaults()
    {
        Assert.Equal("nnlesson teach my-classes", TeachCommandLine.For(TeachSettings.Default));
        Assert.Equal("nnlesson teach my-classes --epochs 50 --lr 0.1 --val-fraction 0.25 --seed 7",
            TeachCommandLine.For(TeachSettings.Default with { Epochs = 50, LearningRate = 0.1, ValidationFraction = 0.25, Seed = 7 }));
    }
}
