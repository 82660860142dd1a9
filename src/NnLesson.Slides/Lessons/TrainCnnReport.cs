using NnLesson.Core;
using NnLesson.Core.Cnn;
using NnLesson.Core.Cnn.Training;
using NnLesson.Figures.Text;
using NnLesson.Slides.Reporting;

namespace NnLesson.Slides.Lessons;

/// <summary>train-cnn's console report, after training: the data and network layer by layer, the gradient check, the table per epoch.</summary>
internal static class TrainCnnReport
{
    public static void Setup(TrainCnnResult r, ISlideReporter report, Lang lang)
    {
        report.Line(lang.Text(
            $"Дані: {r.DataFolder} — {r.TrainCount} навчальних і {r.TestCount} тестових зображень {r.Architecture.Input.Height}×{r.Architecture.Input.Width}, {r.Names.Uk.Count} класів ({string.Join(", ", r.Names.Uk)}).",
            $"Data: {r.DataFolder} — {r.TrainCount} training and {r.TestCount} test images {r.Architecture.Input.Height}×{r.Architecture.Input.Width}, {r.Names.En.Count} classes ({string.Join(", ", r.Names.En)})."));
        if (r.Options.Short)
        {
            report.Warning(lang.Text("Коротка демонстрація для all: 1 епоха на частині даних. Повний запуск: nnlesson train-cnn",
                "A short demo run for all: 1 epoch on part of the data. The full run: nnlesson train-cnn"));
        }
        var shapes = r.Architecture.Shapes();
        var rows = new List<IReadOnlyList<string>> { new[] { lang.Text("вхід", "input"), "—", r.Architecture.Input.ToString(), "0" } };
        for (var l = 0; l < r.Architecture.Layers.Count; l++)
        {
            var spec = r.Architecture.Layers[l];
            var what = spec.Kind switch
            {
                LayerKind.Conv => $"conv {spec.Kernel}×{spec.Kernel}, {spec.Out} {lang.Text("фільтрів", "filters")}, pad {spec.Padding}",
                LayerKind.MaxPool => $"max-pool {spec.Kernel}×{spec.Kernel}",
                LayerKind.Dense => $"dense {spec.In} → {spec.Out}",
                LayerKind.Relu => "ReLU",
                _ => "flatten",
            };
            var parameters = spec.HasParameters ? spec.WeightCount + spec.Out : 0;
            rows.Add([(l + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), what, shapes[l].ToString(), parameters.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        }
        report.Table(lang.Text("Мережа: форми шар за шаром (для одного зображення)", "The network: shapes layer by layer (one image)"),
            [lang.Text("шар", "layer"), lang.Text("що робить", "what it does"), lang.Text("вихід", "output"), lang.Text("параметрів", "parameters")], rows);
        report.Line(lang.Text(
            $"Навчання: SGD з моментумом μ = 0,9, η₀ = {NumberText.Plain(r.Options.LearningRate, lang)} з косинусним спаданням, пакет {r.Options.Batch}, {r.Options.Epochs} {UkrainianPlural.Form(r.Options.Epochs, "епоха", "епохи", "епох")}, віддзеркалення зліва-направо; потоків {r.Threads}, ядро GEMM {r.MicroKernel}.",
            $"Training: SGD with momentum μ = 0.9, η₀ = {NumberText.Plain(r.Options.LearningRate, lang)} cosine-annealed, batch {r.Options.Batch}, {r.Options.Epochs} epoch{(r.Options.Epochs == 1 ? "" : "s")}, left-right mirroring; {r.Threads} threads, GEMM kernel {r.MicroKernel}."));
        report.Line(lang.Text(
            $"До навчання: втрати на тесті {NumberText.Fixed(r.Before.TestLoss, 3, lang)} (навмання ln K = {NumberText.Fixed(Math.Log(r.Names.Uk.Count), 3, lang)}), точність {NumberText.Percent(r.Before.TestAccuracy, lang)}.",
            $"Before training: test loss {NumberText.Fixed(r.Before.TestLoss, 3, lang)} (chance ln K = {NumberText.Fixed(Math.Log(r.Names.Uk.Count), 3, lang)}), accuracy {NumberText.Percent(r.Before.TestAccuracy, lang)}."));
    }

    public static void Check(TrainCnnResult r, ISlideReporter report, Lang lang)
    {
        string Sci(double v) => NumberText.Scientific(v, 1, lang);
        var worst = string.Join(", ", r.GradientCheck.Tensors.Select(t => $"{t.Name} {Sci(t.MaxRelativeError)}"));
        report.Line(lang.Text(
            $"Перевірка градієнта (центральні різниці в float64, h = 10⁻⁵, {r.GradientCheckImages} зображення, по {TrainCnnLesson.CheckValuesPerTensor} значень кожного тензора): макс. відносна похибка {Sci(r.GradientCheck.MaxRelativeError)} ({worst}).",
            $"Gradient check (central differences in float64, h = 1e-5, {r.GradientCheckImages} images, {TrainCnnLesson.CheckValuesPerTensor} values of each tensor): max relative error {Sci(r.GradientCheck.MaxRelativeError)} ({worst})."));
        if (!(r.GradientCheck.MaxRelativeError <= 1e-6))
        {
            report.Warning(lang.Text("Похибка перевищує 1e-6: зворотний прохід і означення похідної розходяться.",
                "The error exceeds 1e-6: the backward pass and the definition of the derivative disagree."));
        }
    }

    public static void Table(TrainCnnResult r, ISlideReporter report, Lang lang)
    {
        string Loss(double v) => double.IsFinite(v) ? NumberText.Fixed(v, 4, lang) : "—";
        string Pct(double v) => double.IsFinite(v) ? NumberText.Percent(v, lang, 2) : "—";
        var rows = new List<IReadOnlyList<string>> { new[] { "0", "—", "—", Loss(r.Before.TestLoss), Pct(r.Before.TestAccuracy), "—" } };
        rows.AddRange(r.Epochs.Select(e => (IReadOnlyList<string>)[e.Epoch.ToString(System.Globalization.CultureInfo.InvariantCulture), Loss(e.TrainLoss),
            Pct(e.TrainAccuracy), Loss(e.TestLoss), Pct(e.TestAccuracy), NumberText.Fixed(e.Seconds, 1, lang)]));
        report.Table(lang.Text("Втрати і точність за епохами", "Loss and accuracy per epoch"),
            [lang.Text("епоха", "epoch"), lang.Text("втрати, навч.", "loss, train"), lang.Text("точність, навч.", "accuracy, train"),
             lang.Text("втрати, тест", "loss, test"), lang.Text("точність, тест", "accuracy, test"), lang.Text("секунд", "seconds")], rows);
    }
}
