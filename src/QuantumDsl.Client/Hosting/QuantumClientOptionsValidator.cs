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
            if (oqtant.Token is null)
            {
                builder.AddError("is required (a bearer token from OqtantLogin or the emulator)", "Oqtant.Token");
            }
        }

        if (options.Pasqal is { } pasqal)
        {
            builder.AddResult(Annotations.Validate("Pasqal", pasqal));
            AddTimeoutOrder(builder, "Pasqal.Resilience", pasqal.Resilience);
            if (pasqal.Credentials is null && pasqal.Token is null)
            {
                builder.AddError("set Pasqal.Token or Pasqal.Credentials", "Pasqal");
            }
        }

        builder.AddResult(Annotations.Validate("Run", options.Run));
        return builder.Build();
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
