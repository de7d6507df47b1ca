namespace QuantumDsl;

/// <summary>Reads one parameter of a point by name, from <see cref="IExperiment.ParameterValues"/>.</summary>
public static class ParameterValuesExtensions
{
    /// <summary>
    /// The value of the <c>[Param]</c> called <paramref name="name"/> (its property name, for example <c>"Delta"</c>,
    /// or its wire name, for example <c>"delta"</c>) at this point.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No parameter has that name; the message lists the names there are.</exception>
    public static ParamValue Parameter(this IExperiment point, string name)
    {
        ArgumentNullException.ThrowIfNull(point);
        ArgumentNullException.ThrowIfNull(name);
        var values = point.ParameterValues;
        foreach (var value in values)
        {
            if (value.Param.Name == name || value.Param.WireName == name)
            {
                return value;
            }
        }

        throw new KeyNotFoundException(
            $"parameter: '{name}' is not a parameter of {point.GetType().Name}; its parameters are {string.Join(", ", values.Select(v => v.Param.Name))}");
    }
}
