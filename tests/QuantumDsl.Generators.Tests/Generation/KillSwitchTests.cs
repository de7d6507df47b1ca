using Microsoft.CodeAnalysis;
using QuantumDsl.Generators.Tests.Infrastructure;

namespace QuantumDsl.Generators.Tests.Generation;

/// <summary><c>QuantumDslDisableSourceGenerator=true</c> stops emission (and only emission); any other value leaves it on.</summary>
public sealed class KillSwitchTests
{
    private const string Key = "build_property.QuantumDslDisableSourceGenerator";

    [Theory]
    [InlineData("true")]
    [InlineData("True")]
    [InlineData(" TRUE ")]
    public void The_switch_turns_emission_off(string value)
    {
        var result = Run(new BuildProperties((Key, value)));

        Assert.Empty(result.GeneratedSources);
    }

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    [InlineData("yes please")]
    public void Any_other_value_leaves_emission_on(string value)
    {
        var result = Run(new BuildProperties((Key, value)));

        Assert.Equal(Corpus.All.Length, result.GeneratedSources.Length);
    }

    [Fact]
    public void No_option_at_all_leaves_emission_on() =>
        Assert.Equal(Corpus.All.Length, Run(new BuildProperties()).GeneratedSources.Length);

    [Fact]
    public void Flipping_the_switch_on_a_primed_driver_removes_the_files_and_flipping_it_back_restores_them()
    {
        var compilation = TestCompilation.Create(Corpus.All);
        var driver = TestCompilation.Driver().RunGenerators(compilation);
        var before = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Order().ToArray();

        driver = driver.WithUpdatedAnalyzerConfigOptions(new BuildProperties((Key, "true"))).RunGenerators(compilation);
        Assert.Empty(driver.GetRunResult().GeneratedTrees);

        driver = driver.WithUpdatedAnalyzerConfigOptions(new BuildProperties((Key, "false"))).RunGenerators(compilation);
        Assert.Equal(before, driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).Order().ToArray());
    }

    private static GeneratorRunResult Run(BuildProperties options) =>
        TestCompilation.Driver().WithUpdatedAnalyzerConfigOptions(options).RunGenerators(TestCompilation.Create(Corpus.All)).GetRunResult().Results[0];
}
