using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CalendarRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_CalendarDays",
                table: "CalendarDays");

            migrationBuilder.AddColumn<string>(
                name: "Region",
                table: "CalendarDays",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "China");   // every day stored before regions is mainland China

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "EditedAtUtc",
                table: "CalendarDays",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EditedBy",
                table: "CalendarDays",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_CalendarDays",
                table: "CalendarDays",
                columns: new[] { "Region", "Date" });

            migrationBuilder.CreateTable(
                name: "CalendarYearLoads",
                columns: table => new
                {
                    Region = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    AppliedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    DaysAdded = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarYearLoads", x => new { x.Region, x.Year });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The date alone becomes the key again: only one region's days fit.
            migrationBuilder.Sql("DELETE FROM \"CalendarDays\" WHERE \"Region\" <> 'China'");

            migrationBuilder.DropTable(
                name: "CalendarYearLoads");

            migrationBuilder.DropPrimaryKey(
                name: "PK_CalendarDays",
                table: "CalendarDays");

            migrationBuilder.DropColumn(
                name: "Region",
                table: "CalendarDays");

            migrationBuilder.DropColumn(
                name: "EditedAtUtc",
                table: "CalendarDays");

            migrationBuilder.DropColumn(
                name: "EditedBy",
                table: "CalendarDays");

            migrationBuilder.AddPrimaryKey(
                name: "PK_CalendarDays",
                table: "CalendarDays",
                column: "Date");
        }
    }
}
