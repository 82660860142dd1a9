// The shared canvas of the custom layouts (slides 6, 7, 8, teach) is visible to every figure without a using line:
// it moved here from Slide8/, and figures written against its old namespace keep compiling unchanged.
global using SlideCanvas = NnLesson.Figures.Common.SlideCanvas;
