using NnLesson.Core.Perceptrons;
using NnLesson.Core.Training;
using NnLesson.Figures.Animation;
using NnLesson.Figures.Slide3;
using NnLesson.Figures.Slide5Train;
using NnLesson.Figures.Slide7;
using NnLesson.Slides.Lessons;
using NnLesson.Slides.Reporting;
using SkiaSharp;

namespace NnLesson.Slides.Tests.Animation;

/// <summary>The slide animations: they decode, have one frame per step of what they show, and show it (slide 7's: Slide7/ConvolutionAnimationTests).</summary>
public class AnimationTests
{
    private static readonly FigureSize Size = new(960, 540);

    [Fact]
    public void Slide3_gif_has_a_frame_per_update_and_ends_on_the_learned_and_line()
    {
        var folder = RepoPaths.NewTempFolder();
        var result = PerceptronTraining.Train(Perceptron.CreateRandom(new Random(SlideContext.DefaultSeed)), LogicGates.And);
        var path = Path.Combine(folder, PerceptronLearningAnimation.FileName(LogicGates.And));

        var saved = PerceptronLearningAnimation.Save(result, Lang.En, Size, path);

        Assert.Equal("slide3_and.gif", saved.FileName);
        Assert.NotEmpty(result.Updates);
        var frames = GifAssert.IsAnimation(path, 960, 540, result.Updates.Count + 2); // start, each update, the learned line
        // On the last frame the learned line puts (1.3, 1.3) on the y = 1 side (vermillion tint) and (−0.3, −0.3) on the y = 0 side (blue tint).
        var layout = Slide3Layout.For(Size);
        var (x1, y1) = layout.PixelOf(1.3, 1.3);
        var (x0, y0) = layout.PixelOf(-0.3, -0.3);
        var one = frames[^1].GetPixel((int)x1, (int)y1);
        var zero = frames[^1].GetPixel((int)x0, (int)y0);
        Assert.True(one.Red > one.Blue, $"y = 1 region is {one}");
        Assert.True(zero.Blue > zero.Red, $"y = 0 region is {zero}");
        // The line moves: every update frame differs from the one before.
        for (var k = 1; k <= result.Updates.Count; k++)
        {
            Assert.True(GifAssert.DifferentPixels(frames[k - 1], frames[k]) > 100, $"frame {k} looks like frame {k - 1}");
        }
        frames.ForEach(f => f.Dispose());
    }

    [Fact]
    public void Slide3_gif_refuses_a_gate_that_never_converges()
    {
        var xor = PerceptronTraining.Train(new Perceptron(0.1, 0.1, 0.1), LogicGates.Xor);
        Assert.Throws<ArgumentException>(() => PerceptronLearningAnimation.Render(xor, Lang.Uk, Size));
    }

    [Fact]
    public void Slide5_gif_shows_every_snapshot_and_its_last_frame_is_the_trained_network()
    {
        var folder = RepoPaths.NewTempFolder();
        var options = Slide5TrainOptions.Default with { Epochs = 300, Samples = 200 };
        var result = Slide5TrainGd.Recipe.Compute(options, SlideContext.DefaultSeed, SlideProgress.None);

        var snapshots = result.Snapshots!.Taken;
        Assert.Equal(TrainingAnimation.FrameEpochs(300), snapshots.Select(s => s.Epoch));
        // The last frame draws exactly the trained network.
        var last = snapshots[^1].Network;
        for (var t = 0; t < last.ParameterTensors.Count; t++)
        {
            Assert.Equal(result.Trained.ParameterTensors[t].Values, last.ParameterTensors[t].Values);
        }

        var path = Path.Combine(folder, TrainingAnimation.FileName);
        TrainingAnimation.Save(snapshots, result.History, result.Setup.Data, Lang.Uk, Size, path);
        var frames = GifAssert.IsAnimation(path, 960, 540, snapshots.Count);
        Assert.True(GifAssert.DifferentPixels(frames[0], frames[^1]) > 1000, "training changed nothing on screen");
        frames.ForEach(f => f.Dispose());
    }

    [Fact]
    public void Animations_follow_smaller_figure_sizes_and_shrink_larger_ones_to_960x540()
    {
        Assert.Equal(new FigureSize(800, 450), AnimationSize.For(new FigureSize(800, 450)));
        Assert.Equal(new FigureSize(960, 540), AnimationSize.For(new FigureSize(1600, 900)));
        Assert.Equal(new FigureSize(960, 540), AnimationSize.For(new FigureSize(1920, 1080)));
        Assert.Equal(new FigureSize(720, 540), AnimationSize.For(new FigureSize(1200, 900)));
    }

    [Fact]
    public void An_animation_without_frames_or_with_a_wrong_frame_size_is_refused()
    {
        using var empty = new AnimatedGif(Size);
        Assert.Throws<InvalidOperationException>(() => empty.Encode());
        using var surface = SKSurface.Create(new SKImageInfo(100, 100));
        using var small = surface.Snapshot();
        Assert.Throws<ArgumentException>(() => empty.AddFrame(small, TimeSpan.FromMilliseconds(100)));
    }

    [Fact]
    public void A_failed_write_leaves_no_gif_and_no_temporary_file()
    {
        var folder = RepoPaths.NewTempFolder();
        var data = new ConvolutionAnimationData(new double[4, 4], ConvolutionExample.EdgeKernelGrid, 1, new double[2, 2], 0, 0, 12);
        var missing = Path.Combine(folder, "no-such-folder", ConvolutionAnimationFigure.FileName);
        Assert.ThrowsAny<IOException>(() => ConvolutionAnimationFigure.Save(data, Lang.Uk, new FigureSize(480, 320), missing));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }
}
