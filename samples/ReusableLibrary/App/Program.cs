using QuantumDsl.Samples;
using ReusableLibrary.App;

return await SampleCommand.InvokeAsync(args,
    "Runs the Spectroscopy experiment of the ReusableLibrary.Experiments class library and plots P(r) against the analytic line shape.",
    "reusable-library-output", SpectroscopyRun.RunAsync);
