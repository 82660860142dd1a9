using System.Text.Json;
using NnLesson.Core;
using NnLesson.Playground.Frames;
using NnLesson.Playground.Model;
using NnLesson.Playground.Protocol;

namespace NnLesson.Playground.Tests.Model;

public class PlaygroundRunTests
{
    [Fact]
    public void The_same_settings_give_the_same_run_and_another_seed_another()
    {
        var settings = PlaygroundSettings.Default with { Units = [6, 5], Activation = HiddenActivation.Tanh, Batch = 20, L2 = 0.001 };
        var a = new PlaygroundRun(settings);
        var b = new PlaygroundRun(settings);
        var c = new PlaygroundRun(settings with { Seed = 43 });
        for (var e = 0; e < 5; e++)
        {
            a.Step();
            b.Step();
            c.Step();
        }
        Assert.Equal(a.TrainLoss, b.TrainLoss);
        Assert.NotEqual(a.TrainLoss, c.TrainLoss);
    }

    [Fact]
    public void Edits_replayed_from_the_settings_give_the_points_the_clicks_made()
    {
        var live = new PlaygroundRun(PlaygroundSettings.Default);
        var centre = (X: live.Bounds.XMin + live.Bounds.Size / 2, Y: live.Bounds.YMin + live.Bounds.Size / 2);
        live.ApplyLive(new PointEdit(PointEditKind.Add, centre.X, centre.Y, 1));
        live.ApplyLive(live.EditRemovingNearest(live.Train.X[3, 0], live.Train.X[3, 1]));

        var replayed = new PlaygroundRun(live.Settings);

        Assert.Equal(live.Train.X.Data, replayed.Train.X.Data);
        Assert.Equal(live.Train.Labels, replayed.Train.Labels);
        Assert.Equal(live.Validation.Labels, replayed.Validation.Labels);
        Assert.Equal(2, replayed.Settings.Edits.Count);
    }

    [Fact]
    public void Settings_survive_their_json_form()
    {
        var settings = PlaygroundSettings.Default with { Units = [3, 16, 2], Activation = HiddenActivation.Sigmoid, Edits = [new PointEdit(PointEditKind.Remove, Validation: true, Index: 4)] };
        var json = JsonSerializer.Serialize<ClientMessage>(new ConfigureMessage(SettingsMessage.From(settings)), MessageJson.Options);
        var back = ((ConfigureMessage)MessageJson.Read(json)).Settings!.ToSettings();
        Assert.True(back.SameRunAs(settings));
        Assert.Equal(settings.LearningRate, back.LearningRate);
    }

    [Fact]
    public void A_too_large_learning_rate_diverges_visibly_instead_of_drawing_nonsense()
    {
        // The largest step the page allows, one point per step, four ReLU layers: the weights overflow within a few
        // steps (three layers, or a larger batch, only stall — measured over every activation and batch of the page).
        var run = new PlaygroundRun(PlaygroundSettings.Default with
        {
            LearningRate = PlaygroundLimits.MaxLearningRate, Units = [16, 16, 16, 16], Activation = HiddenActivation.Relu, Batch = 1, Points = 200,
        });
        for (var e = 0; e < 200 && !run.Diverged; e++)
        {
            run.Step();
        }
        Assert.True(run.Diverged, "the largest step on a 16-16-16-16 ReLU network must diverge within 200 steps");
        var frame = FrameBuilder.Frame(run, 0, playing: false);
        Assert.True(frame.Diverged);
        // JSON has no NaN: System.Text.Json throws on a non-finite number, so the frame must not carry one.
        var json = System.Text.Encoding.UTF8.GetString(MessageJson.Write(frame));
        Assert.DoesNotContain("NaN", json);
        Assert.DoesNotContain("Infinity", json);
    }

    [Fact]
    public void Frames_carry_one_map_per_hidden_unit_in_the_activations_range()
    {
        var run = new PlaygroundRun(PlaygroundSettings.Default with { Units = [3, 2], Activation = HiddenActivation.Relu });
        run.Step();
        var frame = FrameBuilder.Frame(run, 0, playing: false);
        var units = frame.Units;
        Assert.Equal([3, 2], units.Select(l => l.Length));
        var map = Convert.FromBase64String(units[0][0]);
        Assert.Equal(FrameBuilder.UnitSize * FrameBuilder.UnitSize, map.Length);
        Assert.Equal(255, map.Max()); // ReLU maps are scaled by their own maximum
        Assert.Equal(2, frame.TrainLossHistory.Length);
        // P(class 1) on the field agrees with the network at a grid cell centre.
        var field = Convert.FromBase64String(frame.Field);
        var grid = run.Bounds.Grid(FrameBuilder.FieldSize);
        var p = run.Network.PredictProbabilities(grid);
        Assert.All(Enumerable.Range(0, field.Length).Where(i => i % 97 == 0), i => Assert.Equal((byte)Math.Round(255 * p[i]), field[i]));
    }

    [Fact]
    public void Invalid_settings_never_make_a_run()
    {
        Assert.Throws<LessonException>(() => new PlaygroundRun(PlaygroundSettings.Default with { Units = [] }));
        Assert.Throws<LessonException>(() => new PlaygroundRun(PlaygroundSettings.Default with { Points = 2001 }));
        Assert.Throws<LessonException>(() => new PlaygroundRun(PlaygroundSettings.Default with { Noise = double.NaN }));
        Assert.Throws<LessonException>(() => new PlaygroundRun(PlaygroundSettings.Default with
        {
            Edits = Enumerable.Repeat(new PointEdit(PointEditKind.Add, 0, 0, 1), PlaygroundLimits.MaxEdits + 1).ToArray(),
        }));
        Assert.Throws<LessonException>(() => new PlaygroundRun(PlaygroundSettings.Default with { Edits = [new PointEdit(PointEditKind.Remove, Index: 9999)] }));
    }
}
