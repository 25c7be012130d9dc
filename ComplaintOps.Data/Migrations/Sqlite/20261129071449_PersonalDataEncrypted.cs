using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonalDataEncrypted : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CustomerIdNumberLookup",
                table: "Complaints",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "CustomerPhoneLookup",
                table: "Complaints",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PersonalDataAccesses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComplaintReference = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ViewerId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ViewerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ViewerRole = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AtUtc = table.Column<long>(type: "INTEGER", nullable: false)
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
            // The personal data columns keep their ciphertext: a migration has no key to decrypt it. Going back needs the
            // values decrypted by the application first.
            migrationBuilder.DropTable(
                name: "PersonalDataAccesses");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_CustomerIdNumberLookup",
                table: "Complaints");

            migrationBuilder.DropIndex(
                name: "IX_Complaints_CustomerPhoneLookup",
                table: "Complaints");

            // SQLite drops the columns in place: EF's table rebuild would use the Identity migration's stored model, which
            // predates MoneyInFen (the two were made on parallel branches) and would bring back the yuan columns.
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"CustomerIdNumberLookup\";");
            migrationBuilder.Sql("ALTER TABLE \"Complaints\" DROP COLUMN \"CustomerPhoneLookup\";");
        }
    }
}
