// The run's language (Lang, Localized, lang.Text, UkrainianPlural): NnLesson.Language, at the bottom of the house.
global using NnLesson.Language;
