using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseLibraryWordIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "CaseLength",
                table: "LibraryCaseTerms",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "LibraryCases",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Product",
                table: "LibraryCases",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            // Cases promoted before this copy their complaint's product and remedy (new cases copy them at promotion). Their
            // word index is rebuilt by the application (CaseTextIndex) at start-up: it needs jieba, which SQL does not have.
            migrationBuilder.Sql("UPDATE [LibraryCases] SET [Product] = (SELECT c.[Product] FROM [Complaints] c WHERE c.[Id] = [LibraryCases].[ComplaintId]), [Outcome] = (SELECT c.[CompensationKind] FROM [Complaints] c WHERE c.[Id] = [LibraryCases].[ComplaintId])");

            migrationBuilder.CreateTable(
                name: "LibraryCaseDocuments",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    IndexVersion = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Length = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCaseDocuments", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_LibraryCaseDocuments_LibraryCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "LibraryCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LibraryCaseDocuments");

            migrationBuilder.DropColumn(
                name: "CaseLength",
                table: "LibraryCaseTerms");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "LibraryCases");

            migrationBuilder.DropColumn(
                name: "Product",
                table: "LibraryCases");
        }
    }
}
