namespace QuantumDsl.Analog;

/// <summary>Pulser's binary expression operators.</summary>
internal enum BinaryOperator
{
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
}

/// <summary>Pulser's unary expression operators.</summary>
internal enum UnaryOperator
{
    Negate,
    Abs,
    Floor,
    Ceiling,
    Sqrt,
    Exp,
    Log2,
    Log,
    Sin,
    Cos,
    Tan,
    Tanh,
}

/// <summary>Wire names (Pulser abstract representation) and symbols of the operators.</summary>
internal static class ExprWire
{
    public static string Name(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "add",
        BinaryOperator.Subtract => "sub",
        BinaryOperator.Multiply => "mul",
        BinaryOperator.Divide => "div",
        BinaryOperator.Modulo => "mod",
        BinaryOperator.Power => "pow",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "%",
        _ => Name(op),
    };

    public static string Name(UnaryOperator op) => op switch
    {
        UnaryOperator.Negate => "neg",
        UnaryOperator.Abs => "abs",
        UnaryOperator.Floor => "floor",
        UnaryOperator.Ceiling => "ceil",
        UnaryOperator.Sqrt => "sqrt",
        UnaryOperator.Exp => "exp",
        UnaryOperator.Log2 => "log2",
        UnaryOperator.Log => "log",
        UnaryOperator.Sin => "sin",
        UnaryOperator.Cos => "cos",
        UnaryOperator.Tan => "tan",
        UnaryOperator.Tanh => "tanh",
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, null),
    };
}
