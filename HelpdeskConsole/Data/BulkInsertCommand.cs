using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace HelpdeskConsole.Data;

/// <summary>A prepared <c>INSERT</c> for one entity type, reused row after row (bulk seeding, the escalation sweep).</summary>
internal sealed class BulkInsertCommand : PreparedRowCommand
{
    private BulkInsertCommand(DbContext db, DbConnection connection, IEntityType entityType, string[] properties)
        : base(db, connection, entityType, properties,
            (_, table, columns, placeholders) => $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", placeholders)})")
    {
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
        var entityType = EntityType<TEntity>(db);
        var key = entityType.FindPrimaryKey()!.Properties;
        var mapped = entityType.GetProperties()
            .Where(p => !generatedKey || !(key.Contains(p) && p.ValueGenerated == ValueGenerated.OnAdd))
            .Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        var given = properties.Order(StringComparer.Ordinal).ToList();
        if (!mapped.SequenceEqual(given))
        {
            throw new InvalidOperationException(
                $"The bulk insert of {typeof(TEntity).Name} fills [{string.Join(", ", given)}] but the model maps " +
                $"[{string.Join(", ", mapped)}]: update the caller.");
        }

        return new BulkInsertCommand(db, connection, entityType, properties);
    }
}
