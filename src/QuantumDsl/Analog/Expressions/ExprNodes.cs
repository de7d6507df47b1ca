namespace QuantumDsl.Analog;

/// <summary>A literal number.</summary>
internal sealed class ConstantExpr(double value) : Expr
{
    public double Value { get; } = value;

    public override bool IsConstant => true;

    public override double Evaluate(IReadOnlyDictionary<string, double> values) => Value;

    public override string ToString() => Format(Value);

    internal override void CollectVariables(ISet<string> names)
    {
    }
}

/// <summary>A binary operation; folded to a constant when both sides are constant.</summary>
internal sealed class BinaryExpr : Expr
{
    private BinaryExpr(BinaryOperator op, Expr left, Expr right)
    {
        Operator = op;
        Left = left;
        Right = right;
    }

    public BinaryOperator Operator { get; }

    public Expr Left { get; }

    public Expr Right { get; }

    public override bool IsConstant => false;

    public static Expr Create(BinaryOperator op, Expr left, Expr right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left is ConstantExpr l && right is ConstantExpr r
            ? new ConstantExpr(Apply(op, l.Value, r.Value))
            : new BinaryExpr(op, left, right);
    }

    public static double Apply(BinaryOperator op, double a, double b) => op switch
    {
        BinaryOperator.Add => a + b,
        BinaryOperator.Subtract => a - b,
        BinaryOperator.Multiply => a * b,
        BinaryOperator.Divide => a / b,
        BinaryOperator.Modulo => a - (b * Math.Floor(a / b)),
        BinaryOperator.Power => Math.Pow(a, b),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown binary operator."),
    };

    public override double Evaluate(IReadOnlyDictionary<string, double> values) =>
        Apply(Operator, Left.Evaluate(values), Right.Evaluate(values));

    public override string ToString() => Operator == BinaryOperator.Power
        ? $"pow({Left}, {Right})"
        : $"({Left} {ExprWire.Symbol(Operator)} {Right})";

    internal override void CollectVariables(ISet<string> names)
    {
        Left.CollectVariables(names);
        Right.CollectVariables(names);
    }
}

/// <summary>A unary function; folded to a constant when its operand is constant.</summary>
internal sealed class UnaryExpr : Expr
{
    private UnaryExpr(UnaryOperator op, Expr operand)
    {
        Operator = op;
        Operand = operand;
    }

    public UnaryOperator Operator { get; }

    public Expr Operand { get; }

    public override bool IsConstant => false;

    public static Expr Create(UnaryOperator op, Expr operand)
    {
        ArgumentNullException.ThrowIfNull(operand);
        return operand is ConstantExpr c ? new ConstantExpr(Apply(op, c.Value)) : new UnaryExpr(op, operand);
    }

    public static double Apply(UnaryOperator op, double x) => op switch
    {
        UnaryOperator.Negate => -x,
        UnaryOperator.Abs => Math.Abs(x),
        UnaryOperator.Floor => Math.Floor(x),
        UnaryOperator.Ceiling => Math.Ceiling(x),
        UnaryOperator.Sqrt => Math.Sqrt(x),
        UnaryOperator.Exp => Math.Exp(x),
        UnaryOperator.Log2 => Math.Log2(x),
        UnaryOperator.Log => Math.Log(x),
        UnaryOperator.Sin => Math.Sin(x),
        UnaryOperator.Cos => Math.Cos(x),
        UnaryOperator.Tan => Math.Tan(x),
        UnaryOperator.Tanh => Math.Tanh(x),
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown unary operator."),
    };

    public override double Evaluate(IReadOnlyDictionary<string, double> values) => Apply(Operator, Operand.Evaluate(values));

    public override string ToString() => Operator == UnaryOperator.Negate ? $"-{Operand}" : $"{ExprWire.Name(Operator)}({Operand})";

    internal override void CollectVariables(ISet<string> names) => Operand.CollectVariables(names);
}
