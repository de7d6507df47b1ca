namespace QuantumDsl.Export;

/// <summary>The type of a <see cref="ResultColumn"/>'s values (each value may also be missing).</summary>
public enum ResultColumnType
{
    /// <summary>64-bit integers (Parquet <c>INT64</c>).</summary>
    Int64,

    /// <summary>Double-precision numbers (Parquet <c>DOUBLE</c>).</summary>
    Double,

    /// <summary>True or false (Parquet <c>BOOLEAN</c>; CSV <c>True</c>/<c>False</c>).</summary>
    Boolean,

    /// <summary>Text (Parquet UTF-8 <c>BYTE_ARRAY</c>).</summary>
    String,
}
