using System.Globalization;

namespace QuantumDsl.Matter;

using static OqtantLimits;

/// <summary>Rules of a whole job: name, number of inputs, each input, one job type for all inputs.</summary>
internal static class MatterJobRules
{
    public static IReadOnlyList<Violation> Validate(string? name, IReadOnlyList<MatterInput?>? inputs)
    {
        var sink = new ViolationSink(string.Empty);
        if (name is null)
        {
            sink.Rule("name", "null", "is required");
        }
        else if (name.Length is < JobNameLengthMin or > JobNameLengthMax)
        {
            var value = name.Length.ToString(CultureInfo.InvariantCulture) + " characters";
            sink.Rule("name", value, name.Length < JobNameLengthMin
                ? $"is below the minimum {JobNameLengthMin} character"
                : $"exceeds the maximum {JobNameLengthMax} characters");
        }

        inputs ??= [];
        sink.Count("inputs", inputs.Count, JobInputsMin, JobInputsMax, "inputs");
        var violations = new List<Violation>(sink.Found);
        for (var i = 0; i < inputs.Count; i++)
        {
            violations.AddRange(InputValidator.Validate(inputs[i], $"inputs[{i}]."));
        }

        if (inputs.Count > 0 && inputs[0]?.Values is { } first)
        {
            var type = first.DeriveJobType();
            for (var i = 1; i < inputs.Count; i++)
            {
                if (inputs[i]?.Values is { } values && values.DeriveJobType() is var other && other != type)
                {
                    violations.Add(Violation.Rule($"inputs[{i}]", WireEnum<JobType>.Describe(other),
                        $"is not the job type of inputs[0] ({WireEnum<JobType>.Describe(type)}): all inputs of a job must map to the same type"));
                }
            }
        }

        return violations;
    }
}
