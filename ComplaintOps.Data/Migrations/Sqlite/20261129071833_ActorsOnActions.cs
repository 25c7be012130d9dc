using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ActorsOnActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangedById",
                table: "RootCauseActions",
                type: "TEXT",
                maxLength: 24,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChangedByName",
                table: "RootCauseActions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CreatedById",
                table: "RootCauseActions",
                type: "TEXT",
                maxLength: 24,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CreatedByName",
                table: "RootCauseActions",
                type: "TEXT",
                maxLength: 100,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ChangedById",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "ChangedByName",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "CreatedById",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "CreatedByName",
                table: "RootCauseActions");
        }
    }
}
