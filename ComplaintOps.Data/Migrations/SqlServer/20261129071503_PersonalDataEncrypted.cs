using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class PersonalDataEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "CustomerPhone",
                table: "Complaints",
                type: "nvarchar(240)",
                maxLength: 240,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CustomerName",
                table: "Complaints",
                type: "nvarchar(496)",
                maxLength: 496,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "nvarchar(100)",
                oldMaxLength: 100);

            migrationBuilder.AlterColumn<string>(
                name: "CustomerIdNumber",
                table: "Complaints",
                type: "nvarchar(240)",
                maxLength: 240,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(32)",
                oldMaxLength: 32,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CustomerEmail",
                table: "Complaints",
                type: "nvarchar(1115)",
                maxLength: 1115,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(254)",
                oldMaxLength: 254,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "CustomerAccount",
                table: "Complaints",
                type: "nvarchar(262)",
                maxLength: 262,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "nvarchar(40)",
                oldMaxLength: 40,
                oldNullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerIdNumberLookup",
                table: "Complaints",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerPhoneLookup",
                table: "Complaints",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PersonalDataAccesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComplaintReference = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    ViewerId = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    ViewerName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ViewerRole = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonalDataAccesses", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CustomerIdNumberLookup",
                table: "Complaints",
                column: "CustomerIdNumberLookup");

            migrationBuilder.CreateIndex(
                name: "IX_Complaints_CustomerPhoneLookup",
                table: "Complaints",
                column: "CustomerPhoneLookup");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccesses_AtUtc",
                table: "PersonalDataAccesses",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccesses_ComplaintReference_AtUtc",
                table: "PersonalDataAccesses",
                columns: new[] { "ComplaintReference", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PersonalDataAccesses_ViewerId_AtUtc",
                table: "PersonalDataAccesses",
                columns: new[] { "ViewerId", "AtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The personal data columns stay wide: they hold ciphertext, which a migration cannot decrypt (it has no key)
            // and which does not fit the old lengths. Going back needs the values decrypted by the application first.
            migrationBuilder.DropTable(
                name: "PersonalDataAccesses");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_CustomerIdNumberLookup",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_CustomerPhoneLookup",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CustomerIdNumberLookup",
                table: "Complaints");

            migrationBuilder.DropColumn(
                name: "CustomerPhoneLookup",
                table: "Complaints");
        }
    }
}
