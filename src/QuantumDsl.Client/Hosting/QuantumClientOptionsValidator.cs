using System.Globalization;
using Microsoft.Extensions.Options;
using QuantumDsl.Client;
using QuantumDsl.Client.Oqtant;
using QuantumDsl.Client.Pasqal;

namespace QuantumDsl;

/// <summary>Source-generated (AOT-safe) validation of the data annotations on the client options.</summary>
[OptionsValidator]
internal sealed partial class DataAnnotationsValidator :
    IValidateOptions<OqtantClientOptions>, IValidateOptions<PasqalClientOptions>, IValidateOptions<SweepRunOptions>;

/// <summary>Validates <see cref="QuantumClientOptions"/>: at least one service, and every annotated limit of each part.</summary>
internal sealed class QuantumClientOptionsValidator : IValidateOptions<QuantumClientOptions>
{
    private static readonly DataAnnotationsValidator Annotations = new();

    public ValidateOptionsResult Validate(string? name, QuantumClientOptions options)
    {
        var builder = new ValidateOptionsResultBuilder();
        if (options.Oqtant is null && options.Pasqal is null)
        {
            builder.AddError("configure at least one service: QuantumClientOptions.Oqtant or QuantumClientOptions.Pasqal");
        }

        if (options.Oqtant is { } oqtant)
        {
            builder.AddResult(Annotations.Validate("Oqtant", oqtant));
            AddTimeoutOrder(builder, "Oqtant.Resilience", oqtant.Resilience);
            AddPolling(builder, "Oqtant", oqtant.PollInterval, oqtant.MaxPollInterval);
            if (oqtant.Token is null)
            {
                builder.AddError("is required (a bearer token from OqtantLogin or the emulator)", "Oqtant.Token");
            }
        }

        if (options.Pasqal is { } pasqal)
        {
            builder.AddResult(Annotations.Validate("Pasqal", pasqal));
            AddTimeoutOrder(builder, "Pasqal.Resilience", pasqal.Resilience);
            AddPolling(builder, "Pasqal", pasqal.PollInterval, pasqal.MaxPollInterval);
            if (pasqal.Credentials is null && pasqal.Token is null)
            {
                builder.AddError("set Pasqal.Token or Pasqal.Credentials", "Pasqal");
            }
        }

        builder.AddResult(Annotations.Validate("Run", options.Run));
        return builder.Build();
    }

    /// <summary>Status polling: a positive first delay that the longest delay does not undercut.</summary>
    private static void AddPolling(ValidateOptionsResultBuilder builder, string path, TimeSpan first, TimeSpan longest)
    {
        if (first <= TimeSpan.Zero)
        {
            builder.AddError(string.Create(CultureInfo.InvariantCulture, $"is {first.TotalSeconds:0.###} s; it must be positive"), path + ".PollInterval");
        }
        else if (longest < first)
        {
            builder.AddError(string.Create(CultureInfo.InvariantCulture,
                $"is {longest.TotalSeconds:0.###} s; it must be at least {path}.PollInterval ({first.TotalSeconds:0.###} s)"), path + ".MaxPollInterval");
        }
    }

    /// <summary>The rule Microsoft.Extensions.Http.Resilience sets between its standard timeouts: the total outlasts one attempt.</summary>
    private static void AddTimeoutOrder(ValidateOptionsResultBuilder builder, string path, QuantumResilienceOptions? resilience)
    {
        if (resilience is { TotalRequestTimeout: { } total, AttemptTimeout: { } attempt } && total.Timeout <= attempt.Timeout)
        {
            builder.AddError(string.Create(CultureInfo.InvariantCulture,
                $"is {total.Timeout.TotalSeconds:0.###} s; it must be longer than {path}.AttemptTimeout.Timeout ({attempt.Timeout.TotalSeconds:0.###} s): it bounds every attempt and retry delay of a call"),
                path + ".TotalRequestTimeout.Timeout");
        }
    }
}
