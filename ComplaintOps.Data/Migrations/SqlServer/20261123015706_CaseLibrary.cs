using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CaseLibrary : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LibraryCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ComplaintId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    RootCause = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Resolution = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Lessons = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    Cluster = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Language = table.Column<string>(type: "nvarchar(8)", maxLength: 8, nullable: false),
                    PromotedById = table.Column<string>(type: "nvarchar(24)", maxLength: 24, nullable: false),
                    PromotedByName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PromotedAtUtc = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LibraryCases_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LibraryCaseTerms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCaseTerms", x => new { x.Term, x.CaseId });
                    table.ForeignKey(
                        name: "FK_LibraryCaseTerms_LibraryCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "LibraryCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LibraryCaseVectors",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EmbedderVersion = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    Dimensions = table.Column<int>(type: "int", nullable: false),
                    Values = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LibraryCaseVectors", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_LibraryCaseVectors_LibraryCases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "LibraryCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCases_Category_Cluster_PromotedAtUtc",
                table: "LibraryCases",
                columns: new[] { "Category", "Cluster", "PromotedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCases_ComplaintId",
                table: "LibraryCases",
                column: "ComplaintId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCases_PromotedAtUtc",
                table: "LibraryCases",
                column: "PromotedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCaseTerms_CaseId",
                table: "LibraryCaseTerms",
                column: "CaseId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LibraryCaseTerms");

            migrationBuilder.DropTable(
                name: "LibraryCaseVectors");

            migrationBuilder.DropTable(
                name: "LibraryCases");
        }
    }
}
