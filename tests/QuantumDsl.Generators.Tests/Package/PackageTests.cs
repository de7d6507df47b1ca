using System.Diagnostics;
using System.IO.Compression;
using QuantumDsl.Testing;

namespace QuantumDsl.Generators.Tests.Package;

/// <summary>
/// <c>dotnet pack src/QuantumDsl</c> gives one package (runtime in lib/, generator + analyzers + code fixes in
/// analyzers/dotnet/cs, knobs in buildTransitive), and a consumer referencing only that package from a local source gets
/// generated code that runs, the analyzers' errors, the kill switch and the compiler-version guard. Uses a private NuGet cache so no stale copy of the package is ever picked up.
/// </summary>
public sealed class PackageTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "qdsl-package-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    [Trait("Category", "Package")] // about 2 minutes: packs and builds a consumer from scratch
    public void A_consumer_of_the_single_package_gets_runtime_generator_and_analyzers()
    {
        var feed = Path.Combine(_root, "feed");
        var consumer = Path.Combine(_root, "consumer");
        Directory.CreateDirectory(consumer);

        Run(RepoRoot, "pack", Path.Combine("src", "QuantumDsl"), "-c", "Release", "-o", feed);
        var package = Assert.Single(Directory.GetFiles(feed, "QuantumDsl.*.nupkg"));
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("lib/net10.0/QuantumDsl.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/QuantumDsl.Generators.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/QuantumDsl.CodeFixes.dll", entries);
            Assert.Contains("buildTransitive/QuantumDsl.props", entries);
            Assert.Contains("buildTransitive/QuantumDsl.targets", entries);
        }

        var version = Path.GetFileNameWithoutExtension(package)["QuantumDsl.".Length..];
        File.WriteAllText(Path.Combine(consumer, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(consumer, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <UseAppHost>false</UseAppHost>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="QuantumDsl" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(consumer, "Program.cs"), """
            using QuantumDsl;
            using QuantumDsl.Matter;

            var last = Scan.Sweep[^1];
            System.Console.WriteLine($"{Scan.Sweep.Count}|{last.JobName}|{last.ToInput().Values.RfEvaporation.FrequenciesMHz[^1]}");

            [MatterExperiment(Name = "from the package")]
            public partial class Scan
            {
                [Param(Min = 0.02, Max = 2, Unit = "MHz")]
                [Linspace(0.1, 0.3, 3)]
                public double FinalRf { get; init; } = 0.2;

                private partial void Define(MatterJobBuilder job) => job
                    .Evaporation(rf => rf
                        .Point(timeMs: -1600, frequencyMHz: 17, powerMw: 500)
                        .Point(timeMs: 0, frequencyMHz: FinalRf, powerMw: 220))
                    .TimeOfFlight(12);
            }
            """);

        Run(consumer, "build", "-c", "Release");
        var output = Run(consumer, "exec", Path.Combine(consumer, "bin", "Release", "net10.0", "Consumer.dll"));
        Assert.Equal("3|from the package|0.3", output.Trim());

        // The kill switch reaches the generator through the package's props: no generated declaration of Define.
        var (disabledCode, disabledLog) = TryRun(consumer, "build", "-c", "Release", "-p:QuantumDslDisableSourceGenerator=true");
        Assert.NotEqual(0, disabledCode);
        Assert.True(disabledLog.Contains("error CS0759", StringComparison.Ordinal), disabledLog);

        // The compiler-version guard names the cause instead of a cascade of missing members.
        var (oldCode, oldLog) = TryRun(consumer, "build", "-c", "Release", "-p:CompilerApiVersion=roslyn4.8");
        Assert.NotEqual(0, oldCode);
        Assert.Contains("error QDSL901", oldLog, StringComparison.Ordinal);
        Assert.Contains("Roslyn 4.14", oldLog, StringComparison.Ordinal);

        // The analyzers come with the package too: an out-of-range constant fails the build with QDSL203.
        File.WriteAllText(Path.Combine(consumer, "Bad.cs"), """
            public static class Bad
            {
                public static QuantumDsl.Matter.MatterJobBuilder Make() => new QuantumDsl.Matter.MatterJobBuilder().TimeOfFlight(25);
            }
            """);
        var (code, log) = TryRun(consumer, "build", "-c", "Release");
        Assert.NotEqual(0, code);
        Assert.Contains("error QDSL203", log, StringComparison.Ordinal);
        File.Delete(Path.Combine(consumer, "Bad.cs"));

        UnsupportedShapesReportQdslDiagnosticsInDotnetBuild(consumer);
    }

    /// <summary>
    /// Issue 13: in <c>dotnet build</c> (the command-line compiler), an unsupported shape with its <c>Define</c> body written
    /// gives its QDSL diagnostic and no compiler error (no CS0759, no error inside generated code), and a method-body error
    /// elsewhere does not hide the QDSL diagnostics. A declaration error elsewhere (here CS0102) does: csc stops after the
    /// declaration stage, before analyzers run — the documented limit (getting-started.md, troubleshooting).
    /// </summary>
    private void UnsupportedShapesReportQdslDiagnosticsInDotnetBuild(string consumer)
    {
        File.WriteAllText(Path.Combine(consumer, "Shapes.cs"), """
            using QuantumDsl;
            using QuantumDsl.Analog;
            using QuantumDsl.Matter;

            namespace Lab.@event;

            [MatterExperiment]
            public partial class Generic<T>
            {
                private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(12);
            }

            [AnalogExperiment("AnalogDevice")]
            public partial record Primary(int Seed)
            {
                [Param(Min = 1, Max = 500)] public int Runs { get; init; } = 100;
                private partial void Define(SequenceBuilder seq, Vars v) => seq.Measure(Basis.GroundRydberg);
            }

            [MatterExperiment]
            public partial class Tof
            {
                [Param(Min = 2, Max = 20)] public double Ms { get; init; } = 25;
                private partial void Define(MatterJobBuilder job) => job.TimeOfFlight(Ms);
            }
            """);
        var (code, log) = TryRun(consumer, "build", "-c", "Release");
        Assert.NotEqual(0, code);
        foreach (var id in new[] { "QDSL002", "QDSL003", "QDSL004", "QDSL103" })
        {
            Assert.True(log.Contains("error " + id, StringComparison.Ordinal), id + " missing:\n" + log);
        }

        Assert.False(log.Contains("error CS", StringComparison.Ordinal), log);
        Assert.DoesNotContain("CS8785", log, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(consumer, "BodyError.cs"), "public static class BodyError { public static int X() => \"a\".Length + \"b\"; }");
        (code, log) = TryRun(consumer, "build", "-c", "Release");
        Assert.NotEqual(0, code);
        Assert.Contains("error CS0029", log, StringComparison.Ordinal);
        Assert.Contains("error QDSL002", log, StringComparison.Ordinal);
        Assert.Contains("error QDSL103", log, StringComparison.Ordinal);
        File.Delete(Path.Combine(consumer, "BodyError.cs"));

        File.WriteAllText(Path.Combine(consumer, "DeclarationError.cs"), "public class DeclarationError { public int A; public int A; }");
        (code, log) = TryRun(consumer, "build", "-c", "Release");
        Assert.NotEqual(0, code);
        Assert.Contains("error CS0102", log, StringComparison.Ordinal);
        Assert.DoesNotContain("error QDSL", log, StringComparison.Ordinal);
        File.Delete(Path.Combine(consumer, "DeclarationError.cs"));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private static string RepoRoot => RepoPaths.Root;

    private string Run(string workingDirectory, params string[] args)
    {
        var (code, log) = TryRun(workingDirectory, args);
        Assert.True(code == 0, $"dotnet {string.Join(' ', args)} failed ({code}):\n{log}");
        return log;
    }

    private (int Code, string Log) TryRun(string workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        if (args[0] is "build" or "pack")
        {
            foreach (var arg in new[] { "-nodeReuse:false", "-p:UseSharedCompilation=false", "--disable-build-servers" })
            {
                info.ArgumentList.Add(arg);
            }
        }

        info.Environment["NUGET_PACKAGES"] = Path.Combine(_root, "packages");
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}
