using NnLesson.Vision.Models;

namespace NnLesson.Vision.Datasets;

/// <summary>
/// The four gzip files of Fashion-MNIST as Zalando Research publishes them (the data set's README links this address),
/// each with its size and SHA-256 — the same bytes Debian's <c>dataset-fashion-mnist</c> installs, which is where these
/// checksums were computed from. `nnlesson data download fashion-mnist` fetches them into <see cref="FashionMnist.DownloadFolder"/>.
/// </summary>
public static class FashionMnistFiles
{
    /// <summary>The official location (plain http: the integrity comes from the SHA-256 below, not from the transport).</summary>
    public static readonly Uri Origin = new("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/");

    public static readonly IReadOnlyList<CatalogFile> All =
    [
        File("train-images-idx3-ubyte.gz", 26_421_856, "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7"),
        File("train-labels-idx1-ubyte.gz", 29_491, "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056"),
        File("t10k-images-idx3-ubyte.gz", 4_422_079, "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa"),
        File("t10k-labels-idx1-ubyte.gz", 5_125, "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05"),
    ];

    private static CatalogFile File(string name, long size, string sha256) => new(name, new Uri(Origin, name), size, sha256);
}
