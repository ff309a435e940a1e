using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HelpdeskConsole.Data;

/// <summary>
/// A prepared, parameterized <c>UPDATE … SET … WHERE …</c> for one entity type, reused row after row: the set-based
/// work of a sweep without the change tracker's per-entity cost. Columns, types and conversions come from the EF model,
/// as for <see cref="BulkInsertCommand"/>, so it runs on any relational provider.
/// </summary>
internal sealed class BulkUpdateCommand : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;
    private readonly ValueConverter?[] converters;
    private readonly string[] propertyNames;

    private BulkUpdateCommand(DbCommand command, DbParameter[] parameters, ValueConverter?[] converters, string[] propertyNames)
    {
        this.command = command;
        this.parameters = parameters;
        this.converters = converters;
        this.propertyNames = propertyNames;
    }

    /// <param name="set">The properties the statement writes.</param>
    /// <param name="where">The properties it matches on, all by equality (the key, and a concurrency token).</param>
    public static BulkUpdateCommand Create<TEntity>(DbContext db, DbConnection connection, string[] set, string[] where)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
                         ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
        var sql = db.GetService<ISqlGenerationHelper>();
        var command = connection.CreateCommand();
        var all = set.Concat(where).ToArray();
        var parameters = new DbParameter[all.Length];
        var converters = new ValueConverter?[all.Length];
        var clauses = new string[all.Length];
        for (var i = 0; i < all.Length; i++)
        {
            var property = entityType.FindProperty(all[i]) ?? throw new ArgumentException($"{all[i]} is not a property of {typeof(TEntity).Name}.", nameof(set));
            var mapping = property.GetRelationalTypeMapping();
            var name = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            clauses[i] = $"{sql.DelimitIdentifier(property.GetColumnName())} = {sql.GenerateParameterNamePlaceholder(name)}";
            parameters[i] = mapping.CreateParameter(command, sql.GenerateParameterName(name), null, property.IsNullable);
            converters[i] = property.GetValueConverter() ?? mapping.Converter;
            command.Parameters.Add(parameters[i]);
        }

        var table = sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        command.CommandText = $"UPDATE {table} SET {string.Join(", ", clauses[..set.Length])} WHERE {string.Join(" AND ", clauses[set.Length..])}";
        return new BulkUpdateCommand(command, parameters, converters, all);
    }

    /// <summary>How many values a row takes: the SET values, then the WHERE values.</summary>
    public int ParameterCount => parameters.Length;

    public int Column(string property)
    {
        var index = Array.IndexOf(propertyNames, property);
        return index >= 0 ? index : throw new ArgumentException($"{property} is not a column of this update.", nameof(property));
    }

    public void Set(int column, object? value)
    {
        var converter = converters[column];
        parameters[column].Value = (value is null || converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
    }

    public void Enlist(DbTransaction transaction)
    {
        command.Transaction = transaction;
        command.Prepare();
    }

    /// <summary>Runs the statement with the values set; returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => command.ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => command.Dispose();
}
