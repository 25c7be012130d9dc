using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ComplaintOps.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TopicReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Category",
                table: "RootCauseActions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TopicId",
                table: "RootCauseActions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "TopicId",
                table: "LibraryCases",
                type: "integer",
                nullable: true);

            // Old root-cause action keys were a category code or a "v3:12" cluster key of a replaced model version. Both become the
            // category target: a category stays one; a "vN:M" key names no lasting topic (the model and its cluster table are gone)
            // and cannot be mapped, so it is kept as a category-like legacy value that shows as stored and measures nothing.
            migrationBuilder.Sql("UPDATE \"RootCauseActions\" SET \"Category\" = \"TopicKey\";");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_TopicKey",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_LibraryCases_Category_Cluster_PromotedAtUtc",
                table: "LibraryCases");

            migrationBuilder.DropColumn(
                name: "TopicKey",
                table: "RootCauseActions");

            // Case-library clusters were "vN:M" keys of replaced model versions, too: no lasting topic to map them to, so the
            // cases start without a topic (TopicId null) and are filed under one when promoted anew or re-filed.
            migrationBuilder.DropColumn(
                name: "Cluster",
                table: "LibraryCases");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_Category",
                table: "RootCauseActions",
                column: "Category");

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_TopicId",
                table: "RootCauseActions",
                column: "TopicId");

            migrationBuilder.AddCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions",
                sql: "(\"TopicId\" IS NULL AND \"Category\" IS NOT NULL) OR (\"TopicId\" IS NOT NULL AND \"Category\" IS NULL)");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCases_Category_TopicId_PromotedAtUtc",
                table: "LibraryCases",
                columns: new[] { "Category", "TopicId", "PromotedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCases_TopicId",
                table: "LibraryCases",
                column: "TopicId");

            migrationBuilder.AddForeignKey(
                name: "FK_LibraryCases_Topics_TopicId",
                table: "LibraryCases",
                column: "TopicId",
                principalTable: "Topics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_RootCauseActions_Topics_TopicId",
                table: "RootCauseActions",
                column: "TopicId",
                principalTable: "Topics",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // The cluster table (one row per complaint, replaced at each retraining) is superseded by TopicAssignments.
            migrationBuilder.DropTable(
                name: "ComplaintClusters");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_LibraryCases_Topics_TopicId",
                table: "LibraryCases");

            migrationBuilder.DropForeignKey(
                name: "FK_RootCauseActions_Topics_TopicId",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_Category",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_RootCauseActions_TopicId",
                table: "RootCauseActions");

            migrationBuilder.DropCheckConstraint(
                name: "CK_RootCauseActions_Target",
                table: "RootCauseActions");

            migrationBuilder.DropIndex(
                name: "IX_LibraryCases_Category_TopicId_PromotedAtUtc",
                table: "LibraryCases");

            migrationBuilder.DropIndex(
                name: "IX_LibraryCases_TopicId",
                table: "LibraryCases");

            migrationBuilder.AddColumn<string>(
                name: "TopicKey",
                table: "RootCauseActions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            // A topic target had no string key; "#17" keeps it readable.
            migrationBuilder.Sql("UPDATE \"RootCauseActions\" SET \"TopicKey\" = COALESCE(\"Category\", '#' || \"TopicId\"::text);");

            migrationBuilder.DropColumn(
                name: "Category",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "TopicId",
                table: "RootCauseActions");

            migrationBuilder.DropColumn(
                name: "TopicId",
                table: "LibraryCases");

            migrationBuilder.AddColumn<string>(
                name: "Cluster",
                table: "LibraryCases",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ComplaintClusters",
                columns: table => new
                {
                    ComplaintId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignedAtUtc = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Cluster = table.Column<int>(type: "integer", nullable: false),
                    ModelVersion = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ComplaintClusters", x => x.ComplaintId);
                    table.ForeignKey(
                        name: "FK_ComplaintClusters_Complaints_ComplaintId",
                        column: x => x.ComplaintId,
                        principalTable: "Complaints",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RootCauseActions_TopicKey",
                table: "RootCauseActions",
                column: "TopicKey");

            migrationBuilder.CreateIndex(
                name: "IX_LibraryCases_Category_Cluster_PromotedAtUtc",
                table: "LibraryCases",
                columns: new[] { "Category", "Cluster", "PromotedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ComplaintClusters_ModelVersion_Cluster",
                table: "ComplaintClusters",
                columns: new[] { "ModelVersion", "Cluster" });
        }
    }
}
