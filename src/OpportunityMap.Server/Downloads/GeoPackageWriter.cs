using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using NetTopologySuite.IO;

namespace OpportunityMap.Server.Downloads;

/// <summary>
/// A layer as an OGC GeoPackage 1.3 (https://www.geopackage.org/spec130/): one feature table named after the layer
/// (EPSG:4326, lon/lat), its sources and licences in an attributes table <c>sources</c> and, as plain text, in
/// <c>gpkg_metadata</c> (the Metadata extension) referenced from the feature table.
/// </summary>
internal static class GeoPackageWriter
{
    private const int Wgs84 = 4326;
    private static readonly WKBWriter Wkb = new(ByteOrder.LittleEndian, handleSRID: false, emitZ: false, emitM: false);

    public static async Task<byte[]> WriteAsync(LayerData layer, string licence, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"opportunitymap-{Guid.NewGuid():N}.gpkg");
        try
        {
            await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                await connection.OpenAsync(cancellationToken);
                await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
                await ExecuteAsync(connection, Schema, cancellationToken);
                await WriteFeaturesAsync(connection, layer, cancellationToken);
                await WriteSourcesAsync(connection, layer, licence, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private const string Schema = """
        PRAGMA application_id = 1196444487;
        PRAGMA user_version = 10300;
        CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
          organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
        INSERT INTO gpkg_spatial_ref_sys VALUES
          ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system'),
          ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system'),
          ('WGS 84 geodetic', 4326, 'EPSG', 4326, 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]', 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid');
        CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
          description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
          min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
          CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
          srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
          CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name));
        CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL, definition TEXT NOT NULL,
          scope TEXT NOT NULL, CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
        CREATE TABLE gpkg_metadata (id INTEGER CONSTRAINT m_pk PRIMARY KEY ASC NOT NULL, md_scope TEXT NOT NULL DEFAULT 'dataset',
          md_standard_uri TEXT NOT NULL, mime_type TEXT NOT NULL DEFAULT 'text/xml', metadata TEXT NOT NULL DEFAULT '');
        CREATE TABLE gpkg_metadata_reference (reference_scope TEXT NOT NULL, table_name TEXT, column_name TEXT, row_id_value INTEGER,
          timestamp DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), md_file_id INTEGER NOT NULL, md_parent_id INTEGER);
        INSERT INTO gpkg_extensions VALUES
          ('gpkg_metadata', NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec130/#extension_metadata', 'read-write'),
          ('gpkg_metadata_reference', NULL, 'gpkg_metadata', 'http://www.geopackage.org/spec130/#extension_metadata', 'read-write');
        """;

    private static async Task WriteFeaturesAsync(SqliteConnection connection, LayerData layer, CancellationToken cancellationToken)
    {
        var table = layer.Metadata.Id;
        var columns = layer.Metadata.Properties.Select(p => $"{Quote(p.Name)} {SqlType(p.Type)}");
        await ExecuteAsync(connection,
            $"CREATE TABLE {Quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom {layer.Metadata.GeometryType.ToUpperInvariant()}, id TEXT NOT NULL UNIQUE{string.Concat(columns.Select(c => ", " + c))})",
            cancellationToken);
        var extent = layer.Metadata.Extent;
        await using (var contents = connection.CreateCommand())
        {
            contents.CommandText = "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES ($t, 'features', $t, $d, $x0, $y0, $x1, $y1, 4326);"
                + "INSERT INTO gpkg_geometry_columns VALUES ($t, 'geom', $g, 4326, 0, 0)";
            contents.Parameters.AddWithValue("$t", table);
            contents.Parameters.AddWithValue("$d", layer.Metadata.Title);
            contents.Parameters.AddWithValue("$x0", extent.MinX);
            contents.Parameters.AddWithValue("$y0", extent.MinY);
            contents.Parameters.AddWithValue("$x1", extent.MaxX);
            contents.Parameters.AddWithValue("$y1", extent.MaxY);
            contents.Parameters.AddWithValue("$g", layer.Metadata.GeometryType.ToUpperInvariant());
            await contents.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insert = connection.CreateCommand();
        var names = layer.Metadata.Properties.Select((_, i) => $"$p{i}").ToList();
        insert.CommandText = $"INSERT INTO {Quote(table)} (geom, id{string.Concat(layer.Metadata.Properties.Select(p => ", " + Quote(p.Name)))}) VALUES ($geom, $id{string.Concat(names.Select(n => ", " + n))})";
        var geometry = insert.Parameters.Add("$geom", SqliteType.Blob);
        var id = insert.Parameters.Add("$id", SqliteType.Text);
        var values = names.Select(n => insert.Parameters.Add(n, SqliteType.Text)).ToList();
        foreach (var feature in layer.Features)
        {
            geometry.Value = Blob(feature.Geometry);
            id.Value = feature.Id;
            for (var i = 0; i < values.Count; i++)
            {
                values[i].SqliteType = layer.Metadata.Properties[i].Type switch
                {
                    PropertyType.Integer or PropertyType.Boolean => SqliteType.Integer,
                    PropertyType.Number => SqliteType.Real,
                    _ => SqliteType.Text,
                };
                // GeoPackage keeps DATE and DATETIME columns as ISO 8601 text.
                values[i].Value = feature.Values[i] switch
                {
                    null => DBNull.Value,
                    DateOnly date => TemporalValues.Format(date),
                    DateTimeOffset instant => TemporalValues.Format(instant),
                    var value => value,
                };
            }

            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task WriteSourcesAsync(SqliteConnection connection, LayerData layer, string licence, CancellationToken cancellationToken)
    {
        await ExecuteAsync(connection,
            "CREATE TABLE sources (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, name TEXT, url TEXT, licence TEXT, licence_url TEXT, attribution TEXT, vintage TEXT);"
            + "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) VALUES ('sources', 'attributes', 'sources', 'Where the data comes from and its licences')",
            cancellationToken);
        foreach (var source in layer.Metadata.Sources)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO sources (name, url, licence, licence_url, attribution, vintage) VALUES ($n, $u, $l, $lu, $a, $v)";
            insert.Parameters.AddWithValue("$n", source.Name);
            insert.Parameters.AddWithValue("$u", source.Url);
            insert.Parameters.AddWithValue("$l", source.Licence);
            insert.Parameters.AddWithValue("$lu", source.LicenceUrl);
            insert.Parameters.AddWithValue("$a", source.Attribution);
            insert.Parameters.AddWithValue("$v", source.Vintage);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var metadata = connection.CreateCommand();
        metadata.CommandText = "INSERT INTO gpkg_metadata (id, md_scope, md_standard_uri, mime_type, metadata) VALUES (1, 'dataset', 'http://www.isotc211.org/2005/gmd', 'text/plain', $m);"
            + "INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) VALUES ('table', $t, 1)";
        metadata.Parameters.AddWithValue("$m", licence);
        metadata.Parameters.AddWithValue("$t", layer.Metadata.Id);
        await metadata.ExecuteNonQueryAsync(cancellationToken);
    }

    // GeoPackageBinary: "GP", version 0, flags (little-endian, xy envelope), srs_id, envelope, then ISO WKB.
    private static byte[] Blob(Geometry geometry)
    {
        var wkb = Wkb.Write(geometry);
        var envelope = geometry.EnvelopeInternal;
        var blob = new byte[8 + 32 + wkb.Length];
        blob[0] = (byte)'G';
        blob[1] = (byte)'P';
        blob[2] = 0;
        blob[3] = 0b0000_0011;
        BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(4), Wgs84);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(8), envelope.MinX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(16), envelope.MaxX);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(24), envelope.MinY);
        BinaryPrimitives.WriteDoubleLittleEndian(blob.AsSpan(32), envelope.MaxY);
        wkb.CopyTo(blob, 40);
        return blob;
    }

    private static string SqlType(PropertyType type) => type switch
    {
        PropertyType.Integer => "INTEGER",
        PropertyType.Number => "DOUBLE",
        PropertyType.Boolean => "BOOLEAN",
        PropertyType.Date => "DATE",
        PropertyType.Timestamp => "DATETIME",
        _ => "TEXT",
    };

    // Layer and property names are ours, but quote them anyway: a name is never SQL.
    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
