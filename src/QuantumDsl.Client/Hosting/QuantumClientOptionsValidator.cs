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
            if (oqtant.Token is null)
            {
                builder.AddError("is required (a bearer token from OqtantLogin or the emulator)", "Oqtant.Token");
            }
        }

        if (options.Pasqal is { } pasqal)
        {
            builder.AddResult(Annotations.Validate("Pasqal", pasqal));
            if (pasqal.Credentials is null && pasqal.Token is null)
            {
                builder.AddError("set Pasqal.Token or Pasqal.Credentials", "Pasqal");
            }
        }

        builder.AddResult(Annotations.Validate("Run", options.Run));
        return builder.Build();
    }
}
