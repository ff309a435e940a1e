using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HelpdeskConsole.Data;

/// <summary>
/// A prepared, parameterized <c>INSERT</c> for one entity type, reused row after row with new parameter values.
/// Table, columns, parameter types and value conversions (enums by name, UTC timestamps) all come from the EF
/// model, so the rows are exactly what EF itself would write, on SQLite or any other relational provider.
/// </summary>
internal sealed class BulkInsertCommand : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;
    private readonly ValueConverter?[] converters;
    private readonly string[] propertyNames;

    private BulkInsertCommand(DbCommand command, DbParameter[] parameters, ValueConverter?[] converters, string[] propertyNames)
    {
        this.command = command;
        this.parameters = parameters;
        this.converters = converters;
        this.propertyNames = propertyNames;
    }

    /// <summary>
    /// Builds the command for <typeparamref name="TEntity"/>. <paramref name="properties"/> must name every mapped
    /// property: a column added to the model later fails here, loudly, instead of being silently left empty.
    /// </summary>
    public static BulkInsertCommand Create<TEntity>(DbContext db, DbConnection connection, params string[] properties) =>
        Create<TEntity>(db, connection, generatedKey: false, properties);

    /// <summary>As <see cref="Create{TEntity}(DbContext, DbConnection, string[])"/>, leaving the store-generated key to the database.</summary>
    public static BulkInsertCommand CreateWithGeneratedKey<TEntity>(DbContext db, DbConnection connection, params string[] properties) =>
        Create<TEntity>(db, connection, generatedKey: true, properties);

    private static BulkInsertCommand Create<TEntity>(DbContext db, DbConnection connection, bool generatedKey, string[] properties)
    {
        var entityType = db.Model.FindEntityType(typeof(TEntity))
                         ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");
        var key = entityType.FindPrimaryKey()!.Properties;
        var mapped = entityType.GetProperties()
            .Where(p => !generatedKey || !(key.Contains(p) && p.ValueGenerated == Microsoft.EntityFrameworkCore.Metadata.ValueGenerated.OnAdd))
            .Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var given = properties.Order(StringComparer.Ordinal).ToList();
        if (!mapped.SequenceEqual(given))
        {
            throw new InvalidOperationException(
                $"The bulk insert of {typeof(TEntity).Name} fills [{string.Join(", ", given)}] but the model maps " +
                $"[{string.Join(", ", mapped)}]: update the caller.");
        }

        var sql = db.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema());
        var command = connection.CreateCommand();
        var parameters = new DbParameter[properties.Length];
        var converters = new ValueConverter?[properties.Length];
        var columns = new string[properties.Length];
        var placeholders = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var property = entityType.FindProperty(properties[i])!;
            var mapping = property.GetRelationalTypeMapping();
            var name = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            columns[i] = sql.DelimitIdentifier(property.GetColumnName());
            placeholders[i] = sql.GenerateParameterNamePlaceholder(name);
            parameters[i] = mapping.CreateParameter(command, sql.GenerateParameterName(name), null, property.IsNullable);
            converters[i] = property.GetValueConverter() ?? mapping.Converter;
            command.Parameters.Add(parameters[i]);
        }

        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", placeholders)})";
        return new BulkInsertCommand(command, parameters, converters, properties);
    }

    /// <summary>The position of a property's value, resolved once so the per-row work is an array store.</summary>
    public int Column(string property)
    {
        var index = Array.IndexOf(propertyNames, property);
        return index >= 0 ? index : throw new ArgumentException($"{property} is not a column of this insert.", nameof(property));
    }

    public void Set(int column, object? value)
    {
        var converter = converters[column];
        parameters[column].Value = (value is null || converter is null ? value : converter.ConvertToProvider(value)) ?? DBNull.Value;
    }

    /// <summary>The transaction of the current batch; every command on the connection must carry it.</summary>
    public void Enlist(DbTransaction transaction)
    {
        command.Transaction = transaction;
        command.Prepare();
    }

    public void Execute() => command.ExecuteNonQuery();

    public async Task ExecuteAsync(CancellationToken cancellationToken) => await command.ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => command.Dispose();
}
