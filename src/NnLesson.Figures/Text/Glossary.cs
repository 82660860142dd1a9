namespace NnLesson.Figures.Text;

/// <summary>
/// The lecture's terms, one Ukrainian name each (uk ↔ en), as the console, the figures, the deck, the playground and
/// the README use them; the variants the language review (2026-12) found for the same concept are forbidden, and a
/// test (Slides.Tests, Language/GlossaryTests) fails when one of them appears in a source file or the README.
/// </summary>
public static class Glossary
{
    /// <param name="Uk">The Ukrainian term as written in running text.</param>
    /// <param name="En">The English term.</param>
    /// <param name="Forbidden">Ukrainian variants not to use for this concept (matched at a word start, any case).</param>
    public sealed record Term(string Uk, string En, params string[] Forbidden);

    public static readonly IReadOnlyList<Term> Terms =
    [
        new("межа рішень", "decision boundary", "межа рішення", "межі рішення", "межу рішення"),
        new("крос-ентропія", "cross-entropy", "перехресна ентропія", "перехресної ентропії"),
        new("рецептивне поле", "receptive field", "поле зору", "поля зору", "полі зору"),
        new("градієнти зникають (зникання градієнта)", "vanishing gradients", "згасають", "згасає", "згасання"),
        new("швидкість навчання η", "learning rate η", "крок навчання"),
        new("повнопакетний градієнтний спуск", "full-batch gradient descent", "повний градієнтний спуск"),
        new("центральне кадрування", "centre crop", "обрізка", "обрізки", "обрізання", "центральне обрізання"),
        new("зерно", "seed"), // «seed» is English; the uk figures say «зерно = 42»
        new("папка", "folder", "тека", "теки", "теці", "теку", "текою"),
        new("ймовірність", "probability", "імовірн"),
        new("обхідне з’єднання", "skip connection (shortcut)", "пряме з’єднання"),
        new("за середнім кольором", "by the mean colour", "домінантн"),
        new("власні класи (перенесення навчання)", "your own classes (transfer learning)", "навчання власних класів"),
        new("клацання", "click", "клік"),
    ];
}
