using System.Collections;
using System.Linq.Expressions;
using System.Text;
using Microsoft.Data.Sqlite;
using Npgsql;
using Microsoft.Extensions.VectorData.ProviderServices;
using Microsoft.Extensions.VectorData.ProviderServices.Filter;

namespace QaBot.Core.Store;

/// <summary>
/// Translates a LINQ filter (<c>r =&gt; r.ArticleId == id &amp;&amp; r.ChunkIndex &gt; 2</c>) into a SQL condition with
/// parameters. Supported: <c>== != &lt; &lt;= &gt; &gt;=</c> between a property and a value (constants and captured
/// variables), comparisons with null, <c>&amp;&amp; || !</c>, bool properties, <c>list.Contains(r.Prop)</c>,
/// <c>r.Tags.Contains(value)</c> on string-list properties and <c>string.Compare(r.Prop, value) &lt; 0</c>.
/// Anything else throws <see cref="NotSupportedException"/> naming the construct. Writes SQLite or PostgreSQL.
/// </summary>
internal sealed class SqlFilterTranslator : FilterTranslatorBase
{
    private readonly StringBuilder _sql = new();
    private readonly List<object> _values = [];
    private string _alias = "";
    private string _prefix = "";
    private bool _postgres;

    /// <summary>Returns the condition (for a WHERE clause) and adds its parameters to <paramref name="command"/> via <see cref="Bind"/>.</summary>
    public static (string Sql, IReadOnlyList<object> Values) Translate(LambdaExpression filter, CollectionModel model, string alias, string parameterPrefix = "$f") =>
        Translate(filter, model, alias, parameterPrefix, postgres: false);

    /// <summary>The PostgreSQL form: named parameters <c>@f0…</c>, real booleans, text[] for string lists.</summary>
    public static (string Sql, IReadOnlyList<object> Values) TranslatePostgres(LambdaExpression filter, CollectionModel model, string alias) =>
        Translate(filter, model, alias, "@f", postgres: true);

    public static void Bind(NpgsqlCommand command, IReadOnlyList<object> values)
    {
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters.AddWithValue("f" + i, values[i]);
        }
    }

    private static (string Sql, IReadOnlyList<object> Values) Translate(LambdaExpression filter, CollectionModel model, string alias, string parameterPrefix, bool postgres)
    {
        var translator = new SqlFilterTranslator { _alias = alias, _prefix = parameterPrefix, _postgres = postgres };
        var body = translator.PreprocessFilter(filter, model, new FilterPreprocessingOptions { SupportsParameterization = true });
        translator.TranslateCondition(body);
        return (translator._sql.ToString(), translator._values);
    }

    public static void Bind(SqliteCommand command, IReadOnlyList<object> values, string parameterPrefix = "$f")
    {
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters.AddWithValue(parameterPrefix + i, values[i]);
        }
    }

    private void TranslateCondition(Expression node)
    {
        switch (node)
        {
            case BinaryExpression { NodeType: ExpressionType.AndAlso or ExpressionType.OrElse } logical:
                _sql.Append('(');
                TranslateCondition(logical.Left);
                _sql.Append(logical.NodeType == ExpressionType.AndAlso ? " AND " : " OR ");
                TranslateCondition(logical.Right);
                _sql.Append(')');
                return;
            case BinaryExpression comparison:
                TranslateComparison(comparison);
                return;
            case UnaryExpression { NodeType: ExpressionType.Not } not:
                _sql.Append("(NOT ");
                TranslateCondition(not.Operand);
                _sql.Append(_postgres ? " IS TRUE)" : " IS 1)");
                return;
            case MethodCallExpression call when TryMatchContains(call, out var source, out var item):
                TranslateContains(source, item);
                return;
            case ConstantExpression { Value: bool b }:
                _sql.Append(b ? True : False);
                return;
            case var member when TryBindProperty(member, out var property) && property.Type == typeof(bool):
                _sql.Append('(').Append(Column(property)).Append(" = ").Append(True).Append(')');
                return;
            case MethodCallExpression call:
                throw Unsupported($"the method {call.Method.DeclaringType?.Name}.{call.Method.Name}");
            default:
                throw Unsupported($"a {node.NodeType} expression ({node})");
        }
    }

    private void TranslateComparison(BinaryExpression binary)
    {
        var op = binary.NodeType switch
        {
            ExpressionType.Equal => "=",
            ExpressionType.NotEqual => "<>",
            ExpressionType.LessThan => "<",
            ExpressionType.LessThanOrEqual => "<=",
            ExpressionType.GreaterThan => ">",
            ExpressionType.GreaterThanOrEqual => ">=",
            _ => throw Unsupported($"the operator {binary.NodeType}"),
        };

        var left = binary.Left;
        var right = binary.Right;

        // string.Compare(a, b) < 0  /  a.CompareTo(b) >= 0  →  a < b
        if (IsCompareCall(left, out var a, out var b) && right is ConstantExpression { Value: 0 })
        {
            (left, right) = (a, b);
        }

        if (IsNull(right) || IsNull(left))
        {
            var operand = IsNull(right) ? left : right;
            _sql.Append('(').Append(ColumnOf(operand)).Append(binary.NodeType switch
            {
                ExpressionType.Equal => " IS NULL)",
                ExpressionType.NotEqual => " IS NOT NULL)",
                _ => throw Unsupported("an ordering comparison with null"),
            });
            return;
        }

        if (TryBindProperty(Unwrap(left), out var leftProperty))
        {
            _sql.Append('(').Append(Column(leftProperty)).Append(' ').Append(op == "<>" ? NotEqual : op).Append(' ');
            AppendValue(right);
            _sql.Append(')');
        }
        else if (TryBindProperty(Unwrap(right), out var rightProperty))
        {
            _sql.Append('(');
            AppendValue(left);
            _sql.Append(' ').Append(op == "<>" ? NotEqual : op).Append(' ').Append(Column(rightProperty)).Append(')');
        }
        else
        {
            throw Unsupported($"a comparison that does not involve a record property ({binary})");
        }
    }

    private void TranslateContains(Expression source, Expression item)
    {
        // r.Tags.Contains("x") on a string-list property stored as JSON
        if (TryBindProperty(source, out var listProperty))
        {
            if (_postgres)
            {
                _sql.Append('(');
                AppendValue(item);
                _sql.Append($" = ANY({Column(listProperty)}))");
                return;
            }

            _sql.Append($"EXISTS (SELECT 1 FROM json_each({Column(listProperty)}) WHERE value = ");
            AppendValue(item);
            _sql.Append(')');
            return;
        }

        var values = source switch
        {
            NewArrayExpression array => array.Expressions.Select(ValueOf).ToList(),
            QueryParameterExpression { Value: IEnumerable e } => e.Cast<object?>().ToList(),
            ConstantExpression { Value: IEnumerable e } => e.Cast<object?>().ToList(),
            _ => throw Unsupported($"Contains over {source}"),
        };

        var column = ColumnOf(item);
        if (values.Count == 0)
        {
            _sql.Append(False);
            return;
        }

        _sql.Append('(').Append(column).Append(" IN (");
        for (var i = 0; i < values.Count; i++)
        {
            _sql.Append(i == 0 ? "" : ", ").Append(AddValue(values[i]));
        }

        _sql.Append("))");
    }

    private string ColumnOf(Expression expression) =>
        TryBindProperty(Unwrap(expression), out var property)
            ? Column(property)
            : throw Unsupported($"'{expression}' where a record property was expected");

    private string True => _postgres ? "TRUE" : "1";

    private string False => _postgres ? "FALSE" : "0";

    private string NotEqual => _postgres ? "IS DISTINCT FROM" : "IS NOT";

    private string Column(PropertyModel property) => $"{_alias}.{CollectionSchema.Quote(property.StorageName)}";

    private void AppendValue(Expression expression) => _sql.Append(AddValue(ValueOf(expression)));

    private string AddValue(object? value)
    {
        if (value is null)
        {
            return "NULL";
        }

        _values.Add(_postgres ? PostgresCollectionSchema.ToDb(value)! : SqliteValues.ToDb(value));
        return _prefix + (_values.Count - 1);
    }

    private static object? ValueOf(Expression expression) => Unwrap(expression) switch
    {
        ConstantExpression c => c.Value,
        QueryParameterExpression p => p.Value,
        _ => throw Unsupported($"'{expression}' where a constant or captured variable was expected"),
    };

    private static Expression Unwrap(Expression expression) =>
        expression is UnaryExpression { NodeType: ExpressionType.Convert or ExpressionType.ConvertChecked } convert ? Unwrap(convert.Operand) : expression;

    private static bool IsNull(Expression expression) =>
        Unwrap(expression) is ConstantExpression { Value: null } or QueryParameterExpression { Value: null };

    private static bool IsCompareCall(Expression expression, out Expression a, out Expression b)
    {
        switch (expression)
        {
            case MethodCallExpression { Method.Name: nameof(string.Compare), Object: null, Arguments: [var x, var y] } call
                when call.Method.DeclaringType == typeof(string):
                (a, b) = (x, y);
                return true;
            case MethodCallExpression { Method.Name: nameof(string.CompareTo), Object: { } x, Arguments: [var y] }:
                (a, b) = (x, y);
                return true;
            default:
                (a, b) = (expression, expression);
                return false;
        }
    }

    private static NotSupportedException Unsupported(string what) => new(
        $"The store cannot translate {what} in a filter. Supported: ==, !=, <, <=, >, >= between a record property " +
        "and a value, comparisons with null, &&, ||, !, bool properties, list.Contains(r.Property), r.StringList.Contains(value), " +
        "string.Compare(r.Property, value) against 0.");
}
