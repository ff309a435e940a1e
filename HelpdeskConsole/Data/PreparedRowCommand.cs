using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace HelpdeskConsole.Data;

/// <summary>
/// A parameterized statement for one entity type, prepared once and run row after row with new values. Parameter
/// types and value conversions (enums by name, UTC timestamps) come from the EF model, so the rows are exactly what EF
/// itself would write, on SQLite or any other relational provider.
/// </summary>
internal abstract class PreparedRowCommand : IDisposable
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;
    private readonly ValueConverter?[] converters;
    private readonly string[] propertyNames;

    /// <summary>Creates one parameter per property, in order; <paramref name="sql"/> turns their column names and placeholders into the statement.</summary>
    protected PreparedRowCommand(DbContext db, DbConnection connection, IEntityType entityType, string[] properties,
        Func<ISqlGenerationHelper, string, string[], string[], string> sql)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(sql);
        var helper = db.GetService<ISqlGenerationHelper>();
        command = connection.CreateCommand();
        parameters = new DbParameter[properties.Length];
        converters = new ValueConverter?[properties.Length];
        propertyNames = properties;
        var columns = new string[properties.Length];
        var placeholders = new string[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var property = entityType.FindProperty(properties[i])
                           ?? throw new ArgumentException($"{properties[i]} is not a property of {entityType.ClrType.Name}.", nameof(properties));
            var mapping = property.GetRelationalTypeMapping();
            var name = "p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            columns[i] = helper.DelimitIdentifier(property.GetColumnName());
            placeholders[i] = helper.GenerateParameterNamePlaceholder(name);
            parameters[i] = mapping.CreateParameter(command, helper.GenerateParameterName(name), null, property.IsNullable);
            converters[i] = property.GetValueConverter() ?? mapping.Converter;
            command.Parameters.Add(parameters[i]);
        }

        command.CommandText = sql(helper, helper.DelimitIdentifier(entityType.GetTableName()!, entityType.GetSchema()), columns, placeholders);
    }

    /// <summary>How many values a row takes.</summary>
    public int ParameterCount => parameters.Length;

    protected static IEntityType EntityType<TEntity>(DbContext db) =>
        db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not part of the model.");

    /// <summary>The position of a property's value, resolved once so the per-row work is an array store.</summary>
    public int Column(string property)
    {
        var index = Array.IndexOf(propertyNames, property);
        return index >= 0 ? index : throw new ArgumentException($"{property} is not a column of this statement.", nameof(property));
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

    /// <summary>Runs the statement with the values set; returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(CancellationToken cancellationToken) => command.ExecuteNonQueryAsync(cancellationToken);

    public void Dispose() => command.Dispose();
}
