using System;
using System.Text;

namespace QuantumDsl.Generators.Helpers;

/// <summary>An indentation-aware <see cref="StringBuilder"/> for emitting C# (no syntax trees, no formatting pass).</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder;
    private int _indentation;

    public SourceWriter(int capacity = 8 * 1024) => _builder = new StringBuilder(capacity);

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _indentation * 4);
            _builder.Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Starts a line (indented) to be continued with <see cref="Append"/> and ended with <see cref="EndLine"/>.</summary>
    public SourceWriter StartLine(string text = "")
    {
        _builder.Append(' ', _indentation * 4);
        _builder.Append(text);
        return this;
    }

    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    public SourceWriter EndLine(string text = "")
    {
        _builder.Append(text);
        _builder.Append('\n');
        return this;
    }

    public SourceWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indentation++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        _indentation--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString()
    {
        if (_indentation != 0)
        {
            throw new InvalidOperationException("Unbalanced indentation in generated source.");
        }

        return _builder.ToString();
    }
}
