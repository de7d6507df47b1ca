namespace QuantumDsl.Samples.Tests;

/// <summary>Running a sample twice never fails and never silently overwrites, unless forced.</summary>
public sealed class OutputFilesTests
{
    [Fact]
    public void A_second_run_gets_new_names_for_the_whole_set()
    {
        using var run = new SampleHarness();
        var first = OutputFiles.Create(run.Directory, force: false, "a.csv", "b.png");
        File.WriteAllText(first.PathOf("a.csv"), "1");

        var second = OutputFiles.Create(run.Directory, force: false, "a.csv", "b.png");

        Assert.Equal(Path.Combine(run.Directory, "a.csv"), first.PathOf("a.csv"));
        Assert.Equal(Path.Combine(run.Directory, "a-2.csv"), second.PathOf("a.csv"));
        Assert.Equal(Path.Combine(run.Directory, "b-2.png"), second.PathOf("b.png"));
    }

    [Fact]
    public void Force_reuses_the_plain_names()
    {
        using var run = new SampleHarness();
        File.WriteAllText(OutputFiles.Create(run.Directory, force: false, "a.csv").PathOf("a.csv"), "1");

        var forced = OutputFiles.Create(run.Directory, force: true, "a.csv");

        Assert.Equal(Path.Combine(run.Directory, "a.csv"), forced.PathOf("a.csv"));
    }
}
