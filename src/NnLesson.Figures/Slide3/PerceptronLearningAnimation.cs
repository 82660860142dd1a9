using NnLesson.Core.Perceptrons;
using NnLesson.Figures.Animation;
using ScottPlot;

namespace NnLesson.Figures.Slide3;

/// <summary>
/// <c>slide3_and.gif</c>: the perceptron's line moving with each update of the rule
/// w ← w + lr·(t − y)·x, b ← b + lr·(t − y) until the gate is learned. Frame 0 is the random start; frame k
/// shows the line after the k-th update, with a ring around the input whose wrong answer caused it and the
/// update written out with its numbers; a last frame shows the learned line after its clean epoch, held longest.
/// </summary>
public static class PerceptronLearningAnimation
{
    public static readonly TimeSpan StartDelay = TimeSpan.FromMilliseconds(1500);
    public static readonly TimeSpan UpdateDelay = TimeSpan.FromMilliseconds(900);
    public static readonly TimeSpan FinalDelay = TimeSpan.FromMilliseconds(3000);

    public static string FileName(LogicGate gate) => $"slide3_{gate.Name.ToLowerInvariant()}.gif";

    /// <summary>Draws one frame per weight change (plus the start); <paramref name="result"/> must have converged.</summary>
    public static AnimatedGif Render(PerceptronTrainingResult result, Lang lang, FigureSize size)
    {
        if (!result.Converged)
        {
            throw new ArgumentException($"{result.Gate.Name} did not converge: its line never settles.", nameof(result));
        }
        return AnimatedGif.Build(size, animation =>
        {
            var updates = result.Updates;
            var start = result.Initial;
            AddFrame(animation, result, start.W1, start.W2, start.Bias, null, lang, size,
                updates.Count == 0 ? FinalDelay : StartDelay);
            for (var k = 0; k < updates.Count; k++)
            {
                var u = updates[k];
                AddFrame(animation, result, u.W1, u.W2, u.Bias, k, lang, size, UpdateDelay);
            }
            if (updates.Count > 0)
            {
                // The learned line once more, with the clean epoch that proved it.
                var p = result.Trained;
                AddFrame(animation, result, p.W1, p.W2, p.Bias, updates.Count, lang, size, FinalDelay);
            }
        });
    }

    public static SavedFigure Save(PerceptronTrainingResult result, Lang lang, FigureSize size, string path) =>
        GifOutput.Save(() => Render(result, lang, size), path);

    private static void AddFrame(AnimatedGif animation, PerceptronTrainingResult result, double w1, double w2, double bias,
        int? updateIndex, Lang lang, FigureSize size, TimeSpan delay)
    {
        var layout = Slide3Layout.For(size);
        var u = layout.Scale;
        var gate = result.Gate;
        var perceptron = new Perceptron(w1, w2, bias);
        // updateIndex: null = the start, 0 … Count − 1 = after that update, Count = the learned line.
        var update = updateIndex is { } i && i < result.Updates.Count ? result.Updates[i] : (PerceptronUpdate?)null;
        var last = updateIndex == result.Updates.Count || result.Updates.Count == 0;
        using var plane = GatePlane.Create(gate, perceptron, layout, lang, $"x₁ {gate.Name} x₂",
            update is { } ring ? [ring.Row] : null);
        using var surface = new SlideSurface(size);
        var canvas = surface.Canvas;
        canvas.DrawPlot(plane, layout.PlanePanel);

        var textSize = layout.TextSize;
        float title = FigureTheme.Title(textSize), label = FigureTheme.Label(textSize), small = FigureTheme.Legend(textSize);
        var text = new TextColumn(canvas, layout.Side, padding: 30 * u);
        text.Line(Slide3Text.Learning(gate.Name, lang), title, bold: true);
        text.Line(last
            ? Slide3Text.NoErrorsInEpoch(result.Epochs, lang)
            : updateIndex is { } n
            ? Slide3Text.Update(n + 1, result.Updates.Count, update!.Value.Epoch, lang)
            : Slide3Text.RandomStart.For(lang), label);
        text.Gap(18 * u);
        text.Line("z = w₁·x₁ + w₂·x₂ + b", label);
        text.Line("w ← w + lr·(t − y)·x,  b ← b + lr·(t − y)", label);
        text.Gap(18 * u);
        if (update is { } up)
        {
            var row = gate.Rows[up.Row];
            var y = row.Target - up.Error;
            text.Paragraph(Slide3Text.WrongInput(row.X1, row.X2, row.Target, y, lang),
                label, bold: true, color: LessonColors.ClassColor(row.Target));
            var step = NumberText.Signed(result.LearningRate * up.Error, 1, lang);
            text.Paragraph(Slide3Text.MoveTheLine(step, lang), label);
        }
        else if (!last)
        {
            text.Paragraph(Slide3Text.LineSplitsPlane.For(lang), label);
        }
        text.Gap(12 * u);
        text.Line(Slide3Text.Weights(w1, w2, bias, lang), label, indent: 20 * u);
        text.Line(Slide3Text.LineEquation(w1, w2, bias, lang), label, indent: 20 * u);
        if (last)
        {
            text.Gap(18 * u);
            text.Paragraph(Slide3Text.Learned(gate.Name, lang), label, bold: true, color: LessonColors.BluishGreen);
        }
        text.Gap(18 * u);
        text.Paragraph(Slide3Text.RingNote.For(lang), small, color: LessonColors.Grey);

        using var frame = surface.Snapshot();
        animation.AddFrame(frame, delay);
    }
}
