namespace NnLesson.Slides.Tests.Running;

public class SlideScriptTests
{
    [Fact]
    public void Defaults_match_the_command_line()
    {
        var script = SlideScript.Parse([], "slideX");
        Assert.Null(script.Error);
        Assert.Equal(("outputs", Lang.Uk, SlideContext.DefaultSeed, FigureSize.Default), (script.OutputDirectory, script.Lang, script.Seed, script.Size));
    }

    [Fact]
    public void Common_and_extra_options_are_read()
    {
        var script = SlideScript.Parse(["--lang", "en", "--seed", "7", "--size", "800x450", "--out", "o", "--image", "cat.jpg"], "slideX", "--image", "--model");
        Assert.Null(script.Error);
        Assert.Equal((Lang.En, 7, new FigureSize(800, 450), "o"), (script.Lang, script.Seed, script.Size, script.OutputDirectory));
        Assert.Equal("cat.jpg", script.Get("--image"));
        Assert.Null(script.Get("--model"));
    }

    [Theory]
    [InlineData("unknown option '--image'", "--image", "cat.jpg")]
    [InlineData("option '--seed' needs a value", "--seed")]
    [InlineData("bad value 'de' for --lang", "--lang", "de")]
    [InlineData("bad value 'x' for --seed", "--seed", "x")]
    [InlineData("bad value '1x1' for --size", "--size", "1x1")]
    public void Bad_arguments_are_named(string expected, params string[] args) =>
        Assert.Equal(expected, SlideScript.Parse(args, "slideX").Error);
}
