package org.workbench.web.upload;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FileUploadRepository extends JpaRepository<FileUploadEntity, Long> {

    List<FileUploadEntity> findBySha256OrderByUploadedAtDesc(String sha256);

    List<FileUploadEntity> findAllByOrderByUploadedAtDescIdDesc();
}
